package org.parallax.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
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
import org.parallax.model.Citation;
import org.parallax.model.CitedSource;
import org.parallax.model.Claim;
import org.parallax.model.DateMention;
import org.parallax.model.Description;
import org.parallax.model.Dossier;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.Evidence;
import org.parallax.model.Figure;
import org.parallax.model.FigureValue;
import org.parallax.model.Framing;
import org.parallax.model.Person;
import org.parallax.model.Quantity;
import org.parallax.model.Quote;
import org.parallax.model.QuoteGroup;
import org.parallax.model.QuoteKind;
import org.parallax.model.QuoteVariant;
import org.parallax.model.SpeakerType;
import org.parallax.model.Syndication;
import org.parallax.model.TimelineEntry;

/**
 * Reads and writes {@code events.json}, the data contract of a run that later tools (server, evaluation) read and
 * later issues extend without breaking:
 *
 * <pre>{@code
 * {
 *   "articles": [{"id", "title", "outlet", "author", "published", "publishedSource", "modified", "url", "language",
 *                 "text", "removed": [...]}],
 *   "events": [{"id", "title", "articleIds": [...], "start", "end", "consensus": [...], "figures": [...],
 *               "conflicts", "uniqueClaims", "quotes", "attributions", "citedSources", "syndication", "people",
 *               "framing", "timeline"}]
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

    /**
     * One article (without annotations) as compact JSON, with the field names of an element of {@code articles[]};
     * what a store keeps per article. {@link #readArticle(String)} reads it back equal.
     */
    public static String articleJson(Article article) {
        return compact(ArticleJson.of(article, Annotations.EMPTY));
    }

    /** Reads what {@link #articleJson(Article)} wrote (annotation fields, if any, are ignored). */
    public static Article readArticle(String json) throws IOException {
        ArticleJson a = MAPPER.readValue(json, ArticleJson.class);
        return required(a, "article").toArticle(0);
    }

    /**
     * One article's annotations as compact JSON: the annotation fields of an element of {@code articles[]}
     * ({@code entities}, {@code quotes}, {@code quantities}, {@code dates}, {@code attributions}).
     */
    public static String annotationsJson(Annotations annotations) {
        return compact(AnnotationsJson.of(annotations));
    }

    /** Reads what {@link #annotationsJson(Annotations)} wrote. */
    public static Annotations readAnnotations(String json) throws IOException {
        return required(MAPPER.readValue(json, AnnotationsJson.class), "annotations").toAnnotations();
    }

    /** One event's dossier as compact JSON: the dossier fields of an element of {@code events[]}. */
    public static String dossierJson(Dossier dossier) {
        return compact(DossierJson.of(dossier));
    }

    /** Reads what {@link #dossierJson(Dossier)} wrote. */
    public static Dossier readDossier(String json) throws IOException {
        return required(MAPPER.readValue(json, DossierJson.class), "dossier").toDossier();
    }

    private static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: writing to memory", e);
        }
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
        return new Printer();
    }

    /**
     * The pretty printer of {@link #prettyPrinter()}, written against the API of Jackson 2.15 (what Spark 3.5 ships,
     * see parallax-spark) rather than the 2.16 separator settings, with the same output on both: {@code ": "}
     * between a key and its value, and nothing inside an empty object or array.
     */
    private static final class Printer extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        Printer() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            _objectIndenter = indenter;
            _arrayIndenter = indenter;
        }

        private Printer(Printer base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Printer(this);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            if (!_objectIndenter.isInline()) {
                --_nesting;
            }
            if (entries > 0) {
                _objectIndenter.writeIndentation(g, _nesting);
            }
            g.writeRaw('}');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            if (!_arrayIndenter.isInline()) {
                --_nesting;
            }
            if (values > 0) {
                _arrayIndenter.writeIndentation(g, _nesting);
            }
            g.writeRaw(']');
        }
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
                    analysis.events().stream().map(e -> EventJson.of(e, analysis.dossierOf(e.id()))).toList());
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
            Map<String, Dossier> dossiers = new TreeMap<>();
            i = 0;
            for (EventJson e : orEmpty(this.events)) {
                Event event = required(e, "events[" + i + "]").toEvent(i);
                events.add(event);
                Dossier d = e.toDossier(i);
                if (!d.equals(Dossier.EMPTY)) {
                    dossiers.put(event.id(), d);
                }
                i++;
            }
            return new Analysis(articles, events, List.of(), annotations, dossiers);
        }
    }

    /** An element of {@code articles[]}: the article, then its annotations (empty lists when not annotated). */
    @JsonPropertyOrder({"id", "title", "outlet", "author", "published", "publishedSource", "modified", "url",
        "language", "text", "removed", "entities", "quotes", "quantities", "dates", "attributions"})
    record ArticleJson(String id, String title, String outlet, String author, LocalDate published,
                       String publishedSource, LocalDate modified, String url,
                       String language, String text, List<String> removed, List<EntityJson> entities,
                       List<QuoteJson> quotes, List<QuantityJson> quantities, List<DateJson> dates,
                       List<AttributionJson> attributions) {

        static ArticleJson of(Article a, Annotations n) {
            return new ArticleJson(Unicode.wellFormed(a.id()), Unicode.wellFormed(a.title()),
                    Unicode.wellFormed(a.outlet()), Unicode.wellFormed(a.author()), a.published(),
                    a.publishedSource(), a.modified(), Unicode.wellFormed(a.url()), Unicode.wellFormed(a.language()), Unicode.wellFormed(a.text()),
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
                    published, url, language, required(text, where + ".text"), orEmpty(removed), publishedSource,
                    modified);
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

    /** The annotation fields of an element of {@code articles[]}, on their own. */
    @JsonPropertyOrder({"entities", "quotes", "quantities", "dates", "attributions"})
    record AnnotationsJson(List<EntityJson> entities, List<QuoteJson> quotes, List<QuantityJson> quantities,
                           List<DateJson> dates, List<AttributionJson> attributions) {
        static AnnotationsJson of(Annotations n) {
            ArticleJson a = ArticleJson.of(new Article("", null, "", null, null, null, null, "", List.of()), n);
            return new AnnotationsJson(a.entities(), a.quotes(), a.quantities(), a.dates(), a.attributions());
        }

        Annotations toAnnotations() {
            ArticleJson a = new ArticleJson(null, null, null, null, null, null, null, null, null, null, null,
                    entities, quotes, quantities, dates, attributions);
            Annotations n = a.toAnnotations();
            return n == null ? Annotations.EMPTY : n;
        }
    }

    /** The dossier fields of an element of {@code events[]}, on their own. */
    @JsonPropertyOrder({"consensus", "figures", "conflicts", "uniqueClaims", "quotes", "attributions",
        "citedSources", "syndication", "people", "framing", "timeline"})
    record DossierJson(List<ClaimJson> consensus, List<FigureJson> figures, List<FigureJson> conflicts,
                       List<ClaimJson> uniqueClaims, List<QuoteGroupJson> quotes, List<CitationJson> attributions,
                       List<CitedSourceJson> citedSources, List<SyndicationJson> syndication,
                       List<PersonJson> people, List<FramingJson> framing, List<TimelineEntryJson> timeline) {
        static DossierJson of(Dossier d) {
            EventJson e = EventJson.of(new Event("", null, List.of(), null, null), d);
            return new DossierJson(e.consensus(), e.figures(), e.conflicts(), e.uniqueClaims(), e.quotes(),
                    e.attributions(), e.citedSources(), e.syndication(), e.people(), e.framing(), e.timeline());
        }

        Dossier toDossier() throws IOException {
            return new EventJson("", null, null, null, null, consensus, figures, conflicts, uniqueClaims, quotes,
                    attributions, citedSources, syndication, people, framing, timeline).toDossier(0);
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

    /**
     * An element of {@code events[]}: the event, then its dossier (empty lists when it has none). The dossier's
     * fields are named as the components of {@link Dossier}.
     */
    @JsonPropertyOrder({"id", "title", "articleIds", "start", "end", "consensus", "figures", "conflicts",
        "uniqueClaims", "quotes", "attributions", "citedSources", "syndication", "people", "framing", "timeline"})
    record EventJson(String id, String title, List<String> articleIds, LocalDate start, LocalDate end,
                     List<ClaimJson> consensus, List<FigureJson> figures, List<FigureJson> conflicts,
                     List<ClaimJson> uniqueClaims, List<QuoteGroupJson> quotes, List<CitationJson> attributions,
                     List<CitedSourceJson> citedSources, List<SyndicationJson> syndication, List<PersonJson> people,
                     List<FramingJson> framing, List<TimelineEntryJson> timeline) {

        static EventJson of(Event e, Dossier d) {
            return new EventJson(Unicode.wellFormed(e.id()), Unicode.wellFormed(e.title()),
                    wellFormed(e.articleIds()), e.start(), e.end(),
                    d.consensus().stream().map(ClaimJson::of).toList(),
                    d.figures().stream().map(FigureJson::of).toList(),
                    d.conflicts().stream().map(FigureJson::of).toList(),
                    d.uniqueClaims().stream().map(ClaimJson::of).toList(),
                    d.quotes().stream().map(QuoteGroupJson::of).toList(),
                    d.attributions().stream().map(CitationJson::of).toList(),
                    d.citedSources().stream().map(CitedSourceJson::of).toList(),
                    d.syndication().stream().map(SyndicationJson::of).toList(),
                    d.people().stream().map(PersonJson::of).toList(),
                    d.framing().stream().map(FramingJson::of).toList(),
                    d.timeline().stream().map(TimelineEntryJson::of).toList());
        }

        Event toEvent(int index) throws IOException {
            return new Event(required(id, "events[" + index + "].id"), title, orEmpty(articleIds), start, end);
        }

        /** The dossier, {@link Dossier#EMPTY} when the file holds none for this event (absent or all empty). */
        Dossier toDossier(int index) throws IOException {
            String where = "events[" + index + "].";
            return new Dossier(
                    map(consensus, where + "consensus", ClaimJson::toClaim),
                    map(figures, where + "figures", FigureJson::toFigure),
                    map(conflicts, where + "conflicts", FigureJson::toFigure),
                    map(uniqueClaims, where + "uniqueClaims", ClaimJson::toClaim),
                    map(quotes, where + "quotes", QuoteGroupJson::toQuoteGroup),
                    map(attributions, where + "attributions", (c, w) -> c.toCitation()),
                    map(citedSources, where + "citedSources", CitedSourceJson::toCitedSource),
                    map(syndication, where + "syndication", SyndicationJson::toSyndication),
                    map(people, where + "people", PersonJson::toPerson),
                    map(framing, where + "framing", FramingJson::toFraming),
                    map(timeline, where + "timeline", TimelineEntryJson::toTimelineEntry));
        }
    }

    /** An element of {@code consensus} or {@code uniqueClaims}. */
    @JsonPropertyOrder({"statement", "articleIds", "evidence"})
    record ClaimJson(String statement, List<String> articleIds, List<EvidenceJson> evidence) {
        static ClaimJson of(Claim c) {
            return new ClaimJson(Unicode.wellFormed(c.statement()), wellFormed(c.articleIds()),
                    EvidenceJson.of(c.evidence()));
        }

        Claim toClaim(String where) throws IOException {
            return new Claim(statement, strings(articleIds, where + ".articleIds"),
                    EvidenceJson.toEvidence(evidence, where));
        }
    }

    /** An element of {@code evidence}: a sentence (or quoted span) of one article, with its offsets. */
    @JsonPropertyOrder({"articleId", "sentence", "start", "end"})
    record EvidenceJson(String articleId, String sentence, int start, int end) {
        static List<EvidenceJson> of(List<Evidence> evidence) {
            return evidence.stream().map(e -> new EvidenceJson(Unicode.wellFormed(e.articleId()),
                    Unicode.wellFormed(e.sentence()), e.start(), e.end())).toList();
        }

        static List<Evidence> toEvidence(List<EvidenceJson> list, String where) throws IOException {
            return map(list, where + ".evidence", (e, w) -> new Evidence(required(e.articleId, w + ".articleId"),
                    required(e.sentence, w + ".sentence"), e.start, e.end));
        }
    }

    /** An element of {@code figures} or {@code conflicts}. */
    @JsonPropertyOrder({"about", "kind", "values"})
    record FigureJson(String about, String kind, List<FigureValueJson> values) {
        static FigureJson of(Figure f) {
            return new FigureJson(Unicode.wellFormed(f.about()), Unicode.wellFormed(f.kind()),
                    f.values().stream().map(FigureValueJson::of).toList());
        }

        Figure toFigure(String where) throws IOException {
            return new Figure(about, kind, map(values, where + ".values", FigureValueJson::toFigureValue));
        }
    }

    /**
     * An element of {@code values}. The value is a JSON number for a number (whole numbers without a fraction,
     * read back as {@code Long}; others read back as {@code Double}) and a string for a date or place.
     */
    @JsonPropertyOrder({"value", "approximate", "articleIds", "evidence"})
    record FigureValueJson(Object value, boolean approximate, List<String> articleIds,
                           List<EvidenceJson> evidence) {
        static FigureValueJson of(FigureValue v) {
            return new FigureValueJson(writtenValue(v.value()), v.approximate(), wellFormed(v.articleIds()),
                    EvidenceJson.of(v.evidence()));
        }

        FigureValue toFigureValue(String where) throws IOException {
            return new FigureValue(readValue(value, where + ".value"), approximate,
                    strings(articleIds, where + ".articleIds"),
                    EvidenceJson.toEvidence(evidence, where));
        }

        /** A whole number as a {@code Long}, another finite number as a {@code Double}, text as a string. */
        static Object writtenValue(Object value) {
            if (value instanceof Number n) {
                return number(n);
            }
            return value == null ? null : Unicode.wellFormed(value.toString());
        }

        private static Object number(Number n) {
            if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
                return n.longValue();
            }
            if (n instanceof BigInteger big && big.bitLength() < 64) {
                return big.longValue();
            }
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                return null; // JSON has no NaN or infinity
            }
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
        }

        private static Object readValue(Object value, String where) throws IOException {
            if (value == null || value instanceof String) {
                return value;
            }
            if (value instanceof Number n) {
                return number(n);
            }
            throw new IOException("events.json: " + where + " must be a number or a string");
        }
    }

    /** An element of {@code quotes}. */
    @JsonPropertyOrder({"speaker", "variants"})
    record QuoteGroupJson(String speaker, List<QuoteVariantJson> variants) {
        static QuoteGroupJson of(QuoteGroup g) {
            return new QuoteGroupJson(Unicode.wellFormed(g.speaker()),
                    g.variants().stream().map(QuoteVariantJson::of).toList());
        }

        QuoteGroup toQuoteGroup(String where) throws IOException {
            return new QuoteGroup(speaker, map(variants, where + ".variants", (v, w) -> v.toQuoteVariant()));
        }
    }

    /** An element of {@code variants}. */
    @JsonPropertyOrder({"articleId", "text", "via", "start", "end"})
    record QuoteVariantJson(String articleId, String text, String via, int start, int end) {
        static QuoteVariantJson of(QuoteVariant v) {
            return new QuoteVariantJson(Unicode.wellFormed(v.articleId()), Unicode.wellFormed(v.text()),
                    Unicode.wellFormed(v.via()), v.start(), v.end());
        }

        QuoteVariant toQuoteVariant() {
            return new QuoteVariant(articleId, text, via, start, end);
        }
    }

    /** An element of the event's {@code attributions}. */
    @JsonPropertyOrder({"articleId", "source", "cue", "sentence"})
    record CitationJson(String articleId, String source, String cue, String sentence) {
        static CitationJson of(Citation c) {
            return new CitationJson(Unicode.wellFormed(c.articleId()), Unicode.wellFormed(c.source()),
                    Unicode.wellFormed(c.cue()), Unicode.wellFormed(c.sentence()));
        }

        Citation toCitation() {
            return new Citation(articleId, source, cue, sentence);
        }
    }

    /** An element of {@code citedSources}. */
    @JsonPropertyOrder({"source", "articleIds"})
    record CitedSourceJson(String source, List<String> articleIds) {
        static CitedSourceJson of(CitedSource c) {
            return new CitedSourceJson(Unicode.wellFormed(c.source()), wellFormed(c.articleIds()));
        }

        CitedSource toCitedSource(String where) throws IOException {
            return new CitedSource(source, strings(articleIds, where + ".articleIds"));
        }
    }

    /** An element of {@code syndication}. */
    @JsonPropertyOrder({"articleIds", "sharedText", "score", "kind"})
    record SyndicationJson(List<String> articleIds, List<String> sharedText, double score, String kind) {
        static SyndicationJson of(Syndication s) {
            return new SyndicationJson(wellFormed(s.articleIds()), wellFormed(s.sharedText()), s.score(),
                    Unicode.wellFormed(s.kind()));
        }

        Syndication toSyndication(String where) throws IOException {
            return new Syndication(strings(articleIds, where + ".articleIds"),
                    strings(sharedText, where + ".sharedText"), score, kind);
        }
    }

    /** An element of {@code people}. */
    @JsonPropertyOrder({"name", "type", "articleIds", "descriptions"})
    record PersonJson(String name, String type, List<String> articleIds, List<DescriptionJson> descriptions) {
        static PersonJson of(Person p) {
            return new PersonJson(Unicode.wellFormed(p.name()), Unicode.wellFormed(p.type()),
                    wellFormed(p.articleIds()), p.descriptions().stream().map(DescriptionJson::of).toList());
        }

        Person toPerson(String where) throws IOException {
            return new Person(name, type, strings(articleIds, where + ".articleIds"),
                    map(descriptions, where + ".descriptions", (d, w) -> new Description(d.text, d.articleId)));
        }
    }

    /** An element of {@code descriptions}. */
    @JsonPropertyOrder({"text", "articleId"})
    record DescriptionJson(String text, String articleId) {
        static DescriptionJson of(Description d) {
            return new DescriptionJson(Unicode.wellFormed(d.text()), Unicode.wellFormed(d.articleId()));
        }
    }

    /** An element of {@code framing}. */
    @JsonPropertyOrder({"articleId", "terms"})
    record FramingJson(String articleId, List<String> terms) {
        static FramingJson of(Framing f) {
            return new FramingJson(Unicode.wellFormed(f.articleId()), wellFormed(f.terms()));
        }

        Framing toFraming(String where) throws IOException {
            return new Framing(articleId, strings(terms, where + ".terms"));
        }
    }

    /** An element of {@code timeline}. */
    @JsonPropertyOrder({"date", "what", "articleIds", "evidence"})
    record TimelineEntryJson(String date, String what, List<String> articleIds, List<EvidenceJson> evidence) {
        static TimelineEntryJson of(TimelineEntry t) {
            return new TimelineEntryJson(Unicode.wellFormed(t.date()), Unicode.wellFormed(t.what()),
                    wellFormed(t.articleIds()), EvidenceJson.of(t.evidence()));
        }

        TimelineEntry toTimelineEntry(String where) throws IOException {
            return new TimelineEntry(date, what, strings(articleIds, where + ".articleIds"),
                    EvidenceJson.toEvidence(evidence, where));
        }
    }

    /** Reads one element of a list, knowing where it is in the file (for messages). */
    @FunctionalInterface
    private interface ElementReader<J, T> {
        T read(J json, String where) throws IOException;
    }

    /** Reads every element of {@code list} (missing means empty), rejecting null elements with their place. */
    private static <J, T> List<T> map(List<J> list, String where, ElementReader<J, T> reader) throws IOException {
        List<T> out = new ArrayList<>();
        int i = 0;
        for (J json : orEmpty(list)) {
            String here = where + "[" + i++ + "]";
            out.add(reader.read(required(json, here), here));
        }
        return out;
    }

    /** A list of strings read from a file: missing means empty, a null element is an error naming its place. */
    private static List<String> strings(List<String> list, String where) throws IOException {
        return map(list, where, (s, w) -> s);
    }

    private static List<String> wellFormed(List<String> list) {
        return list.stream().map(Unicode::wellFormed).toList();
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
