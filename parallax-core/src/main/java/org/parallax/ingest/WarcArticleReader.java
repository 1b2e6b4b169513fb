package org.parallax.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.parallax.model.Problem;
import org.parallax.model.RawArticle;

/**
 * Reads the articles in a WARC file (plain or gzipped record by record, as Common Crawl's CC-NEWS is): each response
 * record holding an HTML page fetched with status 200 becomes an article, with the record's target URI as the URL
 * of last resort and its WARC-Date as the date of last resort. Every other record (requests, metadata, other media
 * types, other statuses) is skipped and counted. A corrupt or truncated record is reported with its number and byte
 * offset, and reading resumes at the next record found after it, so one bad record costs only itself.
 */
final class WarcArticleReader {
    private static final String[] HTML_TYPES = {"text/html", "application/xhtml+xml"};
    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int SCAN_BUFFER = 1 << 16;

    private final IngestSettings settings;
    private final CapturedPageReader pages = new CapturedPageReader();

    /** A reader applying the per-record limits of {@code settings}. */
    WarcArticleReader(IngestSettings settings) {
        this.settings = settings;
    }

    /**
     * Reads every record of {@code file}, handing articles to {@code sink} and problems to {@code problems}.
     *
     * @return how many records there were and why those not read as articles were skipped
     */
    WarcCounts read(Path file, Consumer<RawArticle> sink, Consumer<Problem> problems) throws IOException {
        Pass pass = new Pass(file, sink, problems);
        if (!startsLikeWarc(file)) {
            problems.accept(Problem.skipped(file.toString(), 0,
                    "not a WARC file (it starts neither with a WARC/1.x line nor with gzip)"));
            return pass.counts();
        }
        long start = 0;
        boolean resyncing = false;
        while (start >= 0) {
            long failedAt = pass.readFrom(start, resyncing);
            if (failedAt < 0) {
                break;
            }
            resyncing = true;
            start = nextRecordStart(file, failedAt + 1, pass.compression);
        }
        WarcCounts counts = pass.counts();
        if (counts.records() == 0) {
            problems.accept(Problem.skipped(file.toString(), 0, "no WARC records found"));
        } else if (!counts.skipped().isEmpty()) {
            problems.accept(Problem.warning(file.toString(), 0, counts.articles() + " of " + counts.records()
                    + " records read as articles; skipped: " + counts.describeSkipped()));
        }
        return counts;
    }

    private static boolean startsLikeWarc(Path file) throws IOException {
        byte[] head = new byte[WARC_MAGIC.length];
        try (FileChannel channel = FileChannel.open(file)) {
            int n = channel.read(ByteBuffer.wrap(head), 0);
            return n == 0 || n == head.length && (matches(head, 0, WARC_MAGIC) || matches(head, 0, GZIP_MAGIC));
        }
    }

    /** One reading of a file: the running counts and where the record being read started. */
    private final class Pass {
        private final Path file;
        private final Consumer<RawArticle> sink;
        private final Consumer<Problem> problems;
        private final Map<String, Integer> skipped = new TreeMap<>();
        private final String stem;
        private WarcCompression compression;
        private int records;
        private int articles;

        Pass(Path file, Consumer<RawArticle> sink, Consumer<Problem> problems) {
            this.file = file;
            this.sink = sink;
            this.problems = problems;
            this.stem = FileNames.stem(FileNames.innerName(file.getFileName().toString()));
        }

        /**
         * Reads records from byte {@code start} on. Returns -1 at the end of the file, or the offset after which to
         * look for the next record: that of a record that could not be read. When {@code resyncing}, a failure on the first record is a false start (the bytes only
         * looked like a record) and is not reported.
         */
        long readFrom(long start, boolean resyncing) throws IOException {
            try (FileChannel channel = FileChannel.open(file)) {
                channel.position(start);
                WarcReader reader;
                try {
                    reader = new WarcReader(channel);
                } catch (IOException | RuntimeException e) {
                    return failed(start, records + 1, e, resyncing);
                }
                if (compression == null) {
                    compression = reader.compression();
                }
                boolean first = true;
                long previous = -1;
                while (true) {
                    int number = records + 1;
                    long offset = -1;
                    try {
                        Optional<WarcRecord> next = reader.next();
                        if (next.isEmpty()) {
                            return -1;
                        }
                        offset = reader.position();
                        records++;
                        WarcRecord record = next.get();
                        read(record, number, offset);
                        // Read the rest now, so a record cut short is blamed on itself, not on the next one.
                        record.body().consume();
                        if (record.body().position() < record.body().size()) {
                            throw new EOFException("the file ends " + (record.body().size()
                                    - record.body().position()) + " bytes before the record does");
                        }
                    } catch (IOException | RuntimeException e) {
                        boolean headerUnreadable = offset < 0;
                        if (headerUnreadable) {
                            // The header itself was unreadable: the record starts where the previous one's end is.
                            offset = previous < 0 ? start : Math.max(previous + 1,
                                    nextRecordStart(file, previous + 1, compression));
                        }
                        long at = failed(offset, number, e, first && resyncing);
                        // When the bytes that failed lie before a record start found by scanning (a Content-Length
                        // that lied), that record has not been tried yet: resume at it, not after it.
                        return headerUnreadable && previous >= 0 && at > previous + 1 ? at - 1 : at;
                    }
                    previous = offset;
                    first = false;
                }
            }
        }

        private long failed(long offset, int number, Exception e, boolean silent) {
            if (!silent) {
                records = Math.max(records, number);
                count("corrupt or truncated");
                problems.accept(Problem.skipped(file.toString(), 0, "record " + number + " at byte " + offset
                        + " is corrupt or truncated (" + reason(e) + "); reading on from the next record"));
            }
            return offset;
        }

        private void read(WarcRecord record, int number, long offset) throws IOException {
            if (!(record instanceof WarcResponse response)) {
                count(record.type());
                return;
            }
            String target = response.target();
            if (!MediaType.HTTP.equals(response.contentType().base())) {
                count("response not HTTP");
                return;
            }
            long size = response.body().size();
            if (size > settings.maxFileBytes()) {
                count("over the size limit");
                problems.accept(Problem.skipped(file.toString(), 0, where(number, offset, target) + ": record is "
                        + size + " bytes, over the limit of " + settings.maxFileBytes() + " bytes"));
                return;
            }
            HttpResponse http = response.http();
            if (http.status() != 200) {
                count("status " + http.status());
                return;
            }
            MediaType type = http.contentType();
            if (!isHtml(type)) {
                count("not HTML");
                return;
            }
            byte[] bytes;
            try (InputStream in = new CappedInputStream(http.bodyDecoded().stream(), settings.maxFileBytes())) {
                bytes = in.readAllBytes();
            }
            if (bytes.length > settings.maxHtmlBytes()) {
                // As for an HTML file: a page this big costs seconds and gigabytes to parse, for no real article.
                count("over the size limit");
                problems.accept(Problem.skipped(file.toString(), 0, where(number, offset, target) + ": page is "
                        + bytes.length + " bytes, over the limit of " + settings.maxHtmlBytes() + " bytes for a page;"
                        + " not parsed"));
                return;
            }
            try {
                DecodedText text = TextDecoder.decode(bytes, type.parameters().get("charset"));
                Instant date = record.date();
                RawArticle article = pages.read(text.text(), stem + "-" + number, file + "#" + number, target, date);
                if (article.text().length() > settings.maxArticleChars()) {
                    throw new Rejected("text is " + article.text().length() + " characters, over the limit of "
                            + settings.maxArticleChars() + " characters");
                }
                articles++;
                sink.accept(article);
            } catch (Rejected e) {
                count("no article");
                problems.accept(Problem.skipped(file.toString(), 0, where(number, offset, target) + ": "
                        + e.getMessage()));
            }
        }

        private void count(String reason) {
            skipped.merge(reason, 1, Integer::sum);
        }

        WarcCounts counts() {
            return new WarcCounts(records, articles, skipped);
        }
    }

    private static String where(int number, long offset, String target) {
        return "record " + number + " at byte " + offset + " (" + target + ")";
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) {
            return false;
        }
        String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        for (String html : HTML_TYPES) {
            if (html.equals(base)) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }

    /**
     * The offset of the first thing at or after {@code from} that looks like the start of a record: a gzip member
     * header in a gzipped file, a {@code WARC/1.} version line at the start of a line otherwise; -1 when none.
     */
    static long nextRecordStart(Path file, long from, WarcCompression compression) throws IOException {
        boolean gzip = compression == WarcCompression.GZIP;
        byte[] magic = gzip ? GZIP_MAGIC : WARC_MAGIC;
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer buf = ByteBuffer.allocate(SCAN_BUFFER);
            long base = from;
            // Carry the last bytes of each chunk over, so a marker split across two reads is still found.
            int carry = magic.length;
            while (base < channel.size()) {
                buf.clear();
                int n = channel.read(buf, base);
                if (n <= 0) {
                    return -1;
                }
                byte[] a = buf.array();
                for (int i = 0; i + magic.length <= n; i++) {
                    if (matches(a, i, magic) && (gzip || startsLine(channel, base + i, a, i))) {
                        return base + i;
                    }
                }
                if (n < magic.length) {
                    return -1;
                }
                base += n - carry + 1;
            }
            return -1;
        }
    }

    private static boolean matches(byte[] a, int at, byte[] magic) {
        for (int j = 0; j < magic.length; j++) {
            if (a[at + j] != magic[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsLine(FileChannel channel, long offset, byte[] a, int i) throws IOException {
        if (offset == 0) {
            return true;
        }
        if (i > 0) {
            return a[i - 1] == '\n';
        }
        ByteBuffer one = ByteBuffer.allocate(1);
        return channel.read(one, offset - 1) == 1 && one.get(0) == '\n';
    }

    /**
     * What reading a WARC file found.
     *
     * @param records  records met, readable or not
     * @param articles records read as articles
     * @param skipped  the other records, by reason (record type, status, media type), in name order
     */
    record WarcCounts(int records, int articles, Map<String, Integer> skipped) {
        WarcCounts {
            skipped = Map.copyOf(new TreeMap<>(skipped));
        }

        /** The skip reasons with their counts, in name order: {@code 1 request, 1 status 404}. */
        String describeSkipped() {
            StringBuilder sb = new StringBuilder();
            new TreeMap<>(skipped).forEach((reason, n) -> sb.append(sb.length() > 0 ? ", " : "").append(n)
                    .append(' ').append(reason));
            return sb.toString();
        }
    }
}
