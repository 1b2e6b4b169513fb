package org.parallax.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.RawArticle;

/**
 * Turns a raw article into a clean one: boilerplate lines removed (and kept in {@code removed}), Unicode and
 * whitespace normalised, and title, author and date read from the text where the source's metadata lacked them.
 *
 * <pre>{@code
 * Article a = new Cleaner().clean(RawArticle.ofText("a1", "a1.txt", text));
 * a.text();     // paragraphs separated by one blank line
 * a.removed();  // the lines that were taken out, in order
 * }</pre>
 *
 * <p>The steps, in order: split into normalised paragraphs ({@link Paragraphs}); read bylines, author notes,
 * date and URL header lines ({@link HeaderReader}, {@link UrlLines}); find the headline past site chrome ({@link HeadlineFinder}); mark
 * boilerplate by features, position and context ({@link BoilerplateClassifier}); guess the language
 * ({@link Languages}) when metadata does not give it. Metadata always wins over what the text suggests. The outlet
 * is the metadata's, else the host of the URL without {@code www.}, else {@code "unknown"}.
 */
public final class Cleaner {
    private final CleanSettings settings;

    /** A cleaner with {@link CleanSettings#defaults()}. */
    public Cleaner() {
        this(CleanSettings.defaults());
    }

    /** A cleaner with the given settings. */
    public Cleaner(CleanSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Cleans one article. Thread-safe. */
    public Article clean(RawArticle raw) {
        List<Line> lines = Paragraphs.split(raw.text()).stream().map(Line::new).toList();
        Mark[] marks = new Mark[lines.size()];
        Arrays.fill(marks, Mark.KEEP);
        int zone = settings.headerParagraphs();

        String title = inline(raw.title());
        if (title != null) {
            HeadlineFinder.markKnown(title, lines, marks, zone);
        }
        HeaderReader.Found header = HeaderReader.read(lines, marks, zone);
        if (title == null) {
            title = HeadlineFinder.find(lines, marks, zone);
        }
        BoilerplateClassifier.classify(lines, marks);

        List<String> kept = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (marks[i] == Mark.KEEP) {
                kept.add(lines.get(i).text);
            } else if (marks[i] == Mark.REMOVE) {
                removed.add(lines.get(i).text);
            }
        }
        String text = String.join("\n\n", kept);
        String author = inline(raw.author()) != null ? inline(raw.author()) : header.author();
        LocalDate published = raw.published() != null ? raw.published() : header.published();
        // A date the cleaner found in the text's header lines is a dateline or byline date.
        String publishedSource = raw.published() != null ? raw.publishedSource()
                : published != null ? DateSource.TEXT : null;
        String language = Languages.fromTag(raw.language());
        if (language == null) {
            language = Languages.guess(text, settings.minLanguageWords());
        }
        String url = inline(raw.url()) != null ? inline(raw.url()) : header.url();
        String outlet = inline(raw.outlet());
        if (outlet == null) {
            outlet = UrlLines.host(url);
        }
        return new Article(raw.id(), title, outlet != null ? outlet : "unknown", author, published,
                url, language, text, removed, publishedSource, raw.modified());
    }

    /** A metadata field normalised to one line, or null when it is absent or blank. */
    private static String inline(String s) {
        if (s == null) {
            return null;
        }
        String t = Paragraphs.normalize(s).replace('\n', ' ').replaceAll(" {2,}", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
