package org.parallax.clean;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the author and the publication date in an article's own lines (bylines, author labels with their name or
 * bio, bio lines, date header lines) and marks those lines for removal.
 */
final class HeaderReader {
    /** What the header lines told: any may be null. */
    record Found(String author, LocalDate published, String url) {
    }

    /** Bylines outrank the name after an author label, which outranks a bio line. */
    private static final int BYLINE = 0;
    private static final int LABEL = 1;
    private static final int BIO = 2;

    private HeaderReader() {
    }

    /**
     * Reads header lines of {@code lines}, setting their {@code marks} to {@link Mark#REMOVE}.
     *
     * @param headerZone how many paragraphs from the top may hold a date header line
     */
    static Found read(List<Line> lines, Mark[] marks, int headerZone) {
        String[] authors = new String[3];
        LocalDate published = null;
        String url = null;
        // Date header lines sit above the body or just below its lede; a date line further down is a part of the
        // story ("March 7, 2031: the first warning").
        int bodyParagraphs = 0;
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            if (marks[i] != Mark.KEEP) {
                continue;
            }
            Line line = lines.get(i);
            if (i < headerZone) {
                String u = UrlLines.url(line.text);
                // A bare address below the lede is an embedded post or a link, not the article's own address.
                if (u != null && (bodyParagraphs == 0 || !UrlLines.isBare(line.text))) {
                    marks[i] = Mark.REMOVE;
                    url = first(url, u);
                    continue;
                }
            }
            Bylines.Byline by = Bylines.byline(line);
            if (by == null && Bylines.isCreditNote(line)) {
                // "(Reporting by NAME; editing by NAME)": the agency's credit note, a byline in brackets
                marks[i] = Mark.REMOVE;
                by = Bylines.byline(new Line(line.text.substring(1, line.text.lastIndexOf(')'))));
                if (by == null) {
                    continue;
                }
            }
            if (by != null) {
                marks[i] = Mark.REMOVE;
                authors[BYLINE] = first(authors[BYLINE], by.author());
                published = published != null ? published : by.published();
                continue;
            }
            if (Bylines.isAuthorLabel(line)) {
                marks[i] = Mark.REMOVE;
                if (i + 1 < n && marks[i + 1] == Mark.KEEP) {
                    Line next = lines.get(i + 1);
                    String name = Bylines.onlyName(next);
                    String bio = Bylines.bioName(next);
                    if (name != null || bio != null) {
                        marks[i + 1] = Mark.REMOVE;
                        authors[LABEL] = first(authors[LABEL], name != null ? name : bio);
                        i++;
                    }
                }
                continue;
            }
            String bio = Bylines.bioName(line);
            // A one-sentence bio may stand anywhere; a longer one only in the last lines, where author notes go.
            if (bio != null && (Bylines.isShortBio(line) || i >= n - 3)) {
                marks[i] = Mark.REMOVE;
                authors[BIO] = first(authors[BIO], bio);
                continue;
            }
            if (line.words >= 20 || line.sentences > 1) {
                bodyParagraphs++;
            }
            if (i < headerZone) {
                LocalDate d = Bylines.headerDate(line, bodyParagraphs >= 2);
                if (d != null) {
                    marks[i] = Mark.REMOVE;
                    published = published != null ? published : d;
                }
            }
        }
        String author = authors[BYLINE] != null ? authors[BYLINE]
                : authors[LABEL] != null ? authors[LABEL] : authors[BIO];
        return new Found(author, published, url);
    }

    private static String first(String had, String found) {
        return had != null ? had : found;
    }
}
