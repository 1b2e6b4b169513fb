package org.parallax.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.parallax.model.Analysis;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Attribution;
import org.parallax.model.DateMention;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.Quantity;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.SpeakerType;

/**
 * Reads and writes {@code events.json}, the data contract of a run that later tools (server, evaluation) read and
 * later issues extend without breaking:
 *
 * <pre>{@code
 * {
 *   "articles": [{"id", "title", "outlet", "author", "published", "url", "language", "text", "removed": [...]}],
 *   "events": [{"id", "title", "articleIds": [...], "start", "end"}]
 * }
 * }</pre>
 *
 * <p>Fields come in exactly this order, a missing value is written as {@code null}, dates as {@code yyyy-MM-dd};
 * articles are sorted by id, events keep the order of {@link Analysis#events()}. The file is UTF-8, indented by two
 * spaces, with {@code \n} line ends on every platform and a final newline, so equal analyses give equal bytes.
 *
 * <p>The whole mapping lives in the records at the end of this class. To extend the format, add a component (and
 * its name in {@code @JsonPropertyOrder}) after the existing ones: readers ignore fields they do not know and read a
 * field that is missing as {@code null} (a list as empty), so old files and old readers keep working.
 */
public final class EventsJson {
    /** The file name inside a report folder. */
    public static final String FILE_NAME = "events.json";

    private static final ObjectMapper MAPPER = newMapper();
    private static final ObjectWriter WRITER = MAPPER.writerFor(FileJson.class).with(prettyPrinter());
    private static final ObjectReader READER = MAPPER.readerFor(FileJson.class);

    private EventsJson() {
    }

    /** The file contents for {@code analysis}; its problems are not part of the file. */
    public static byte[] toBytes(Analysis analysis) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(analysis, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: writing to memory", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the file contents for {@code analysis} to {@code out} as UTF-8, leaving it open. Jackson writes
     * characters to a {@code Writer} rather than bytes because its UTF-8 generator (before 2.18) would escape
     * characters beyond U+FFFF, such as emoji, as surrogate pairs.
     */
    public static void write(Analysis analysis, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        WRITER.writeValue(writer, FileJson.of(analysis));
        writer.write('\n');
        writer.flush();
    }

    /** Writes {@code analysis} to {@code file} atomically (see {@link AtomicFiles}), streaming it. */
    public static void write(Analysis analysis, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(analysis, out));
    }

    /**
     * Reads an events.json file back into an analysis with no problems.
     *
     * @throws IOException when the file cannot be read or is not a valid events.json; the message names the file
     */
    public static Analysis read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (NoSuchFileException e) {
            throw e; // its message is the path already
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads events.json contents back into an analysis with no problems, leaving {@code in} open.
     *
     * @throws IOException when the stream cannot be read or does not hold a valid events.json
     */
    public static Analysis read(InputStream in) throws IOException {
        FileJson file = READER.readValue(in);
        if (file == null) {
            throw new IOException("not an events.json object: null");
        }
        return file.toAnalysis();
    }

    private static ObjectMapper newMapper() {
        SimpleModule dates = new SimpleModule("parallax-dates")
                .addSerializer(LocalDate.class, new DateSerializer())
                .addDeserializer(LocalDate.class, new DateDeserializer());
        // Jackson refuses strings over 20 million characters by default; a file we wrote must always read back
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(dates)
                // the field order is the one @JsonPropertyOrder states, never alphabetical or by accident
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                // later issues add fields: a reader of today must accept the files of tomorrow
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // the caller owns the streams
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    /** Two-space indent, {@code "key": value}, one array element per line, "\n" whatever the platform says. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter()
                .withSeparators(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /** A list read from a file, where a missing (null) list means an empty one. */
    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> T required(T value, String what) throws IOException {
        if (value == null) {
            throw new IOException("events.json: " + what + " is missing");
        }
        return value;
    }

    /** The top-level object. */
    @JsonPropertyOrder({"articles", "events"})
    record FileJson(List<ArticleJson> articles, List<EventJson> events) {

        static FileJson of(Analysis analysis) {
            List<Article> sorted = new ArrayList<>(analysis.articles());
            sorted.sort(Comparator.comparing(Article::id));
            return new FileJson(sorted.stream().map(a -> ArticleJson.of(a, analysis.annotationsOf(a.id()))).toList(),
                    analysis.events().stream().map(EventJson::of).toList());
        }

        Analysis toAnalysis() throws IOException {
            List<Article> articles = new ArrayList<>();
            Map<String, Annotations> annotations = new TreeMap<>();
            int i = 0;
            for (ArticleJson a : orEmpty(this.articles)) {
                Article article = required(a, "articles[" + i + "]").toArticle(i);
                articles.add(article);
                Annotations n = a.toAnnotations();
                if (n != null) {
                    annotations.put(article.id(), n);
                }
                i++;
            }
            List<Event> events = new ArrayList<>();
            i = 0;
            for (EventJson e : orEmpty(this.events)) {
                events.add(required(e, "events[" + i + "]").toEvent(i));
                i++;
            }
            return new Analysis(articles, events, List.of(), annotations);
        }
    }

    /** An element of {@code articles[]}: the article, then its annotations (empty lists when not annotated). */
    @JsonPropertyOrder({"id", "title", "outlet", "author", "published", "url", "language", "text", "removed",
        "entities", "quotes", "quantities", "dates", "attributions"})
    record ArticleJson(String id, String title, String outlet, String author, LocalDate published, String url,
                       String language, String text, List<String> removed, List<EntityJson> entities,
                       List<QuoteJson> quotes, List<QuantityJson> quantities, List<DateJson> dates,
                       List<AttributionJson> attributions) {

        static ArticleJson of(Article a, Annotations n) {
            return new ArticleJson(Unicode.wellFormed(a.id()), Unicode.wellFormed(a.title()),
                    Unicode.wellFormed(a.outlet()), Unicode.wellFormed(a.author()), a.published(),
                    Unicode.wellFormed(a.url()), Unicode.wellFormed(a.language()), Unicode.wellFormed(a.text()),
                    a.removed().stream().map(Unicode::wellFormed).toList(),
                    n.entities().stream().map(EntityJson::of).toList(),
                    n.quotes().stream().map(QuoteJson::of).toList(),
                    n.quantities().stream().map(QuantityJson::of).toList(),
                    n.dates().stream().map(DateJson::of).toList(),
                    n.attributions().stream().map(AttributionJson::of).toList());
        }

        Article toArticle(int index) throws IOException {
            String where = "articles[" + index + "]";
            return new Article(required(id, where + ".id"), title, required(outlet, where + ".outlet"), author,
                    published, url, language, required(text, where + ".text"), orEmpty(removed));
        }

        /** The annotations, or null when the file holds none for this article (absent or all empty). */
        Annotations toAnnotations() {
            Annotations n = new Annotations(orEmpty(entities).stream().map(EntityJson::toEntity).toList(),
                    orEmpty(quotes).stream().map(QuoteJson::toQuote).toList(),
                    orEmpty(quantities).stream().map(QuantityJson::toQuantity).toList(),
                    orEmpty(dates).stream().map(DateJson::toDate).toList(),
                    orEmpty(attributions).stream().map(AttributionJson::toAttribution).toList());
            return n.equals(Annotations.EMPTY) ? null : n;
        }
    }

    /** An element of {@code articles[].entities}. */
    @JsonPropertyOrder({"text", "type", "canonical", "mentions", "descriptions"})
    record EntityJson(String text, String type, String canonical, int mentions, List<String> descriptions) {
        static EntityJson of(Entity e) {
            return new EntityJson(Unicode.wellFormed(e.text()), e.type(), Unicode.wellFormed(e.canonical()),
                    e.mentions(), e.descriptions().stream().map(Unicode::wellFormed).toList());
        }

        Entity toEntity() {
            return new Entity(text, type, canonical, mentions, orEmpty(descriptions));
        }
    }

    /** An element of {@code articles[].quotes}. */
    @JsonPropertyOrder({"text", "kind", "speaker", "speakerType", "cue", "via", "sentence", "start", "end"})
    record QuoteJson(String text, QuoteKind kind, String speaker, SpeakerType speakerType, String cue, String via,
                     String sentence, int start, int end) {
        static QuoteJson of(Quote q) {
            return new QuoteJson(Unicode.wellFormed(q.text()), q.kind(), Unicode.wellFormed(q.speaker()),
                    q.speakerType(), Unicode.wellFormed(q.cue()), Unicode.wellFormed(q.via()),
                    Unicode.wellFormed(q.sentence()), q.start(), q.end());
        }

        Quote toQuote() {
            return new Quote(text, kind, speaker, speakerType, cue, via, sentence, start, end);
        }
    }

    /** An element of {@code articles[].quantities}; whole numbers are written without a fraction ({@code 17}). */
    @JsonPropertyOrder({"value", "text", "what", "kind", "approximate", "sentence", "start", "end"})
    record QuantityJson(Number value, String text, String what, String kind, boolean approximate, String sentence,
                        int start, int end) {
        static QuantityJson of(Quantity q) {
            double v = q.value();
            Number value = v == Math.rint(v) && Math.abs(v) < 1e15 ? (Number) (long) v : (Number) v;
            return new QuantityJson(value, Unicode.wellFormed(q.text()), Unicode.wellFormed(q.what()), q.kind(),
                    q.approximate(), Unicode.wellFormed(q.sentence()), q.start(), q.end());
        }

        Quantity toQuantity() {
            return new Quantity(value == null ? Double.NaN : value.doubleValue(), text, what, kind, approximate,
                    sentence, start, end);
        }
    }

    /** An element of {@code articles[].dates}. */
    @JsonPropertyOrder({"text", "value", "sentence", "start", "end"})
    record DateJson(String text, String value, String sentence, int start, int end) {
        static DateJson of(DateMention d) {
            return new DateJson(Unicode.wellFormed(d.text()), d.value(), Unicode.wellFormed(d.sentence()), d.start(),
                    d.end());
        }

        DateMention toDate() {
            return new DateMention(text, value, sentence, start, end);
        }
    }

    /** An element of {@code articles[].attributions}. */
    @JsonPropertyOrder({"source", "cue", "sentence"})
    record AttributionJson(String source, String cue, String sentence) {
        static AttributionJson of(Attribution a) {
            return new AttributionJson(Unicode.wellFormed(a.source()), Unicode.wellFormed(a.cue()),
                    Unicode.wellFormed(a.sentence()));
        }

        Attribution toAttribution() {
            return new Attribution(source, cue, sentence);
        }
    }

    /** An element of {@code events[]}. */
    @JsonPropertyOrder({"id", "title", "articleIds", "start", "end"})
    record EventJson(String id, String title, List<String> articleIds, LocalDate start, LocalDate end) {

        static EventJson of(Event e) {
            return new EventJson(Unicode.wellFormed(e.id()), Unicode.wellFormed(e.title()),
                    e.articleIds().stream().map(Unicode::wellFormed).toList(), e.start(), e.end());
        }

        Event toEvent(int index) throws IOException {
            return new Event(required(id, "events[" + index + "].id"), title, orEmpty(articleIds), start, end);
        }
    }

    /** Writes a date as {@code yyyy-MM-dd}, the form ISO-8601 and every JSON reader's date parser expect. */
    private static final class DateSerializer extends JsonSerializer<LocalDate> {
        @Override
        public void serialize(LocalDate date, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(date));
        }
    }

    /** Reads a {@code yyyy-MM-dd} date, rejecting anything else with the offending text in the message. */
    private static final class DateDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText().strip();
            try {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "expected a date yyyy-MM-dd");
            }
        }
    }
}
