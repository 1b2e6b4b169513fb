package org.parallax.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.Quote;

/**
 * The full-text index of a workspace ({@code index/}): one document per article (title, text, outlet, event) and one
 * per quote (its words and speaker), scored with BM25. It follows SQLite: every commit records the workspace
 * generation it matches, so a workspace can tell at open whether the index missed a write and rebuild it.
 */
final class SearchIndex implements AutoCloseable {
    /** The index folder's name inside the workspace folder. */
    static final String FOLDER = "index";
    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String QUOTE = "quote";
    static final String ID = "id";
    static final String EVENT = "event";
    static final String OUTLET = "outlet";
    static final String TITLE = "title";
    /** A quote's article title: stored to show, not searched (Lucene wants one schema per field name). */
    static final String ARTICLE_TITLE = "articleTitle";
    static final String TEXT = "text";
    static final String SPEAKER = "speaker";
    static final String PUBLISHED = "published";
    private static final String GENERATION = "generation";
    /** Longest query accepted, in characters: longer ones are cut, so a pasted article cannot stall a search. */
    private static final int MAX_QUERY_CHARS = 1000;
    /** Longest field the highlighter reads: the whole of any article the workspace accepts. */
    private static final int HIGHLIGHT_MAX_CHARS = 2_000_000;
    /** Searchable text with offsets in the postings, so snippets need no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    /** The stored fields a search hit shows besides its snippet. */
    private static final Set<String> HIT_FIELDS = Set.of(KIND, ID, EVENT, OUTLET, TITLE, ARTICLE_TITLE, SPEAKER);

    private final Directory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final long openedGeneration;

    private SearchIndex(Directory directory, IndexWriter writer, long openedGeneration) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.openedGeneration = openedGeneration;
    }

    /**
     * Opens the index in {@code folder}, creating it when missing; an index that cannot be read (corrupt, or from an
     * incompatible Lucene) is emptied, and then reports generation -1 so that the caller rebuilds it.
     */
    static SearchIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            long generation = committedGeneration(directory);
            IndexWriter writer = newWriter(directory, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new SearchIndex(directory, writer, generation);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                 | java.io.EOFException | java.nio.file.NoSuchFileException e) {
            // the index is a cache of SQLite: start it again rather than refuse to open the workspace
            directory.close();
            wipe(folder);
            Directory fresh = FSDirectory.open(folder);
            return new SearchIndex(fresh, newWriter(fresh, IndexWriterConfig.OpenMode.CREATE), -1);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static IndexWriter newWriter(Directory directory, IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
        config.setOpenMode(mode);
        config.setCommitOnClose(false); // only commits that name their generation
        return new IndexWriter(directory, config);
    }

    /** The generation recorded by the last commit, or -1 when there is no commit. */
    private static long committedGeneration(Directory directory) throws IOException {
        try {
            String g = SegmentInfos.readLatestCommit(directory).getUserData().get(GENERATION);
            return g == null ? -1 : Long.parseLong(g);
        } catch (IndexNotFoundException e) {
            return -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void wipe(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.delete(f);
                }
            }
        }
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** The generation the index matched when it was opened (-1: none, or unreadable). */
    long openedGeneration() {
        return openedGeneration;
    }

    /** Adds an article and its quotes; visible to searches after {@link #commit(long)}. */
    void add(Article article, Annotations annotations, String eventId) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(KIND, ARTICLE, Field.Store.YES));
        addCommon(doc, article, eventId);
        doc.add(new Field(TITLE, nullToEmpty(article.title()), TEXT_WITH_OFFSETS));
        doc.add(new Field(TEXT, article.text(), TEXT_WITH_OFFSETS));
        List<Document> docs = new ArrayList<>();
        docs.add(doc);
        for (Quote q : annotations.quotes()) {
            Document quote = new Document();
            quote.add(new StringField(KIND, QUOTE, Field.Store.YES));
            addCommon(quote, article, eventId);
            // the article's title is shown with the quote but not searched: a title match is the article's hit
            quote.add(new StoredField(ARTICLE_TITLE, nullToEmpty(article.title())));
            quote.add(new Field(TEXT, nullToEmpty(q.text()), TEXT_WITH_OFFSETS));
            quote.add(new Field(SPEAKER, nullToEmpty(q.speaker()), TEXT_WITH_OFFSETS));
            docs.add(quote);
        }
        writer.addDocuments(docs);
    }

    private static void addCommon(Document doc, Article article, String eventId) {
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new StringField(EVENT, eventId, Field.Store.YES));
        doc.add(new StringField(OUTLET, article.outlet(), Field.Store.YES));
        if (article.published() != null) {
            doc.add(new StringField(PUBLISHED, article.published().toString(), Field.Store.YES));
        }
    }

    /** Removes every document (before a rebuild). */
    void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Commits what was added, recording the workspace generation it matches, and shows it to searches. */
    void commit(long generation) throws IOException {
        writer.setLiveCommitData(Map.of(GENERATION, Long.toString(generation)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** The committed generation, as the last {@link #commit(long)} recorded it (-1 when none). */
    long committedGeneration() throws IOException {
        return committedGeneration(directory);
    }

    /**
     * Articles and quotes matching {@code userQuery}, best first, with snippets. A query Lucene's syntax cannot
     * parse is searched as plain words; a blank one finds nothing.
     */
    List<SearchHit> search(String userQuery, int limit) throws IOException {
        Query query = parse(userQuery);
        if (query instanceof MatchNoDocsQuery || limit < 1) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Found top = searchSafely(searcher, query, userQuery, limit);
            if (top.scoreDocs().length == 0) {
                return List.of();
            }
            int[] docIds = new int[top.scoreDocs().length];
            for (int i = 0; i < docIds.length; i++) {
                docIds[i] = top.scoreDocs()[i].doc;
            }
            FragmentHighlighter highlighter = new FragmentHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new SnippetFormatter())
                    .withMaxLength(HIGHLIGHT_MAX_CHARS));
            Map<String, Object[]> snippets = highlighter.fragments(new String[] {TEXT, TITLE},
                    top.lastQuery(), docIds, new int[] {1, 1});
            List<SearchHit> hits = new ArrayList<>(docIds.length);
            for (int i = 0; i < docIds.length; i++) {
                ScoreDoc sd = top.scoreDocs()[i];
                Map<String, String> d = shownFields(highlighter, searcher, sd.doc);
                String title = QUOTE.equals(d.get(KIND)) ? d.get(ARTICLE_TITLE) : d.get(TITLE);
                hits.add(new SearchHit(d.get(KIND), d.get(ID), d.get(EVENT), emptyToNull(title),
                        d.get(OUTLET), emptyToNull(d.get(SPEAKER)),
                        snippet(snippets, i), sd.score));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    /** A hit's shown fields: as the highlighter read them with its text, else read on their own. */
    private static Map<String, String> shownFields(FragmentHighlighter highlighter, IndexSearcher searcher, int doc)
            throws IOException {
        Map<String, String> read = highlighter.shownFields(doc);
        if (read != null) {
            return read;
        }
        Map<String, String> own = new HashMap<>();
        for (var field : searcher.storedFields().document(doc, HIT_FIELDS)) {
            own.putIfAbsent(field.name(), field.stringValue());
        }
        return own;
    }

    /** The best snippet: the text's passage when it matches, else the title's, else the text's opening. */
    @SuppressWarnings("unchecked")
    private static List<SearchHit.Fragment> snippet(Map<String, Object[]> snippets, int i) {
        List<SearchHit.Fragment> text = (List<SearchHit.Fragment>) snippets.get(TEXT)[i];
        List<SearchHit.Fragment> title = (List<SearchHit.Fragment>) snippets.get(TITLE)[i];
        if (text != null && text.stream().anyMatch(SearchHit.Fragment::match)) {
            return text;
        }
        if (title != null && title.stream().anyMatch(SearchHit.Fragment::match)) {
            return title;
        }
        return text != null ? text : List.of();
    }

    /** The ids of events with an article matching {@code userQuery} (at most {@code limit} articles looked at). */
    Set<String> matchingEvents(String userQuery, int limit) throws IOException {
        Query query = parse(userQuery);
        if (query instanceof MatchNoDocsQuery) {
            return Set.of();
        }
        Query articles = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
        IndexSearcher searcher = searchers.acquire();
        try {
            Found top = searchSafely(searcher, articles, userQuery, limit);
            Set<String> events = new LinkedHashSet<>();
            for (ScoreDoc sd : top.scoreDocs()) {
                events.add(searcher.storedFields().document(sd.doc, Set.of(EVENT)).get(EVENT));
            }
            return events;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * A highlighter giving the {@link SnippetFormatter}'s fragments rather than strings, which reads each hit's stored
     * document once: with the text it highlights it keeps the hit's other shown fields ({@link #HIT_FIELDS}), so the
     * hit needs no second read. Reading stored fields means decompressing them, the largest cost of a search.
     */
    private static final class FragmentHighlighter extends UnifiedHighlighter {
        private final Map<Integer, Map<String, String>> shown = new HashMap<>();

        FragmentHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Map<String, Object[]> fragments(String[] fields, Query query, int[] docIds, int[] maxPassages)
                throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }

        /** The shown fields of a document whose text was highlighted, or null when it was not read here. */
        Map<String, String> shownFields(int docId) {
            return shown.get(docId);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                       int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            StoredFields stored = getIndexSearcher().storedFields();
            long chars = 0;
            do {
                int doc = docIter.nextDoc();
                if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                OneReadVisitor visitor = new OneReadVisitor(fields);
                stored.document(doc, visitor);
                shown.put(doc, visitor.shown);
                out.add(visitor.values);
                for (CharSequence v : visitor.values) {
                    chars += v == null ? 0 : v.length();
                }
            } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
            return out;
        }
    }

    /** Collects the highlighted fields' text and the shown fields of one document in one pass. */
    private static final class OneReadVisitor extends StoredFieldVisitor {
        private final String[] fields;
        final CharSequence[] values;
        final Map<String, String> shown = new HashMap<>();

        OneReadVisitor(String[] fields) {
            this.fields = fields;
            this.values = new CharSequence[fields.length];
        }

        @Override
        public Status needsField(FieldInfo info) {
            return index(info.name) >= 0 || HIT_FIELDS.contains(info.name) ? Status.YES : Status.NO;
        }

        @Override
        public void stringField(FieldInfo info, String value) {
            if (HIT_FIELDS.contains(info.name)) {
                shown.putIfAbsent(info.name, value);
            }
            int i = index(info.name);
            if (i >= 0 && values[i] == null) { // every field is indexed with one value
                // as the highlighter's own reader does: no passage is looked for past its maximum length
                values[i] = value.length() > HIGHLIGHT_MAX_CHARS ? value.substring(0, HIGHLIGHT_MAX_CHARS) : value;
            }
        }

        private int index(String name) {
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Search results and the query that gave them. */
    private record Found(ScoreDoc[] scoreDocs, Query lastQuery) {
    }

    /**
     * Runs a query; one that expands to too many terms (a short prefix wildcard) is run again as plain words.
     */
    private Found searchSafely(IndexSearcher searcher, Query query, String userQuery, int limit)
            throws IOException {
        try {
            return new Found(searcher.search(query, limit).scoreDocs, query);
        } catch (IndexSearcher.TooManyClauses e) {
            Query plain = plainWords(userQuery);
            return new Found(searcher.search(plain, limit).scoreDocs, plain);
        }
    }

    /**
     * The user's query in Lucene's syntax (all words required, title matches count double); when it does not
     * parse (unbalanced quotes, a lone operator), its words as a plain query.
     */
    Query parse(String userQuery) {
        if (userQuery == null || userQuery.isBlank()) {
            return new MatchNoDocsQuery();
        }
        String q = userQuery.length() > MAX_QUERY_CHARS ? userQuery.substring(0, MAX_QUERY_CHARS) : userQuery;
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, TEXT, SPEAKER}, analyzer,
                Map.of(TITLE, 2f, TEXT, 1f, SPEAKER, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            Query parsed = parser.parse(q);
            return parsed == null ? plainWords(q) : parsed;
        } catch (ParseException | RuntimeException e) {
            return plainWords(q);
        }
    }

    /** Every word of the text (as the analyzer splits it), all required, in any searched field. */
    private Query plainWords(String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int words = 0;
        try (TokenStream tokens = analyzer.tokenStream(TEXT, text.length() > MAX_QUERY_CHARS
                ? text.substring(0, MAX_QUERY_CHARS) : text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words < 64) {
                String w = term.toString();
                BooleanQuery.Builder anyField = new BooleanQuery.Builder();
                anyField.add(new BoostQuery(new TermQuery(new Term(TITLE, w)), 2f), BooleanClause.Occur.SHOULD);
                anyField.add(new TermQuery(new Term(TEXT, w)), BooleanClause.Occur.SHOULD);
                anyField.add(new TermQuery(new Term(SPEAKER, w)), BooleanClause.Occur.SHOULD);
                all.add(anyField.build(), BooleanClause.Occur.MUST);
                words++;
            }
            tokens.end();
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen: analysing a string", e);
        }
        return words == 0 ? new MatchNoDocsQuery() : all.build();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.rollback(); // drops anything not committed: uncommitted documents never match a generation
        } finally {
            directory.close();
            analyzer.close();
        }
    }
}
