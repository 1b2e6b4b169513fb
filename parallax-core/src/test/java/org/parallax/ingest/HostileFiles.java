package org.parallax.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes the hostile files of the bad-input corpus. Everything is generated on the spot, with fixed seeds, and big
 * files are written in large blocks (or sparse) so the whole corpus costs seconds, not minutes.
 */
final class HostileFiles {
    /** A short invented article that must come out of every run, whatever lies beside it. */
    static final String GOOD = "Lighthouse on Corran Isle relit after forty years\n\n"
            + "The lighthouse on Corran Isle was relit on Saturday evening, the island council said. "
            + "Keeper Mara Voss switched on the restored lamp before a crowd of two hundred people.\n";

    private HostileFiles() {
    }

    /** Writes {@code good.txt} into {@code dir}. */
    static Path good(Path dir) throws IOException {
        return Files.writeString(dir.resolve("good.txt"), GOOD);
    }

    /** {@code n} random bytes from a fixed seed. */
    static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** The first bytes of a PNG image: signature and an IHDR chunk, then random pixel data. */
    static byte[] png() {
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0};
        byte[] body = randomBytes(4096, 7);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    /** A file of {@code size} bytes made of {@code unit} repeated, written in megabyte blocks. */
    static Path repeated(Path file, String unit, long size) throws IOException {
        byte[] u = unit.getBytes(UTF_8);
        byte[] block = new byte[(1 << 20) / u.length * u.length];
        for (int i = 0; i < block.length; i += u.length) {
            System.arraycopy(u, 0, block, i, u.length);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long written = 0;
            while (written < size) {
                int n = (int) Math.min(block.length, size - written);
                written += ch.write(ByteBuffer.wrap(block, 0, n));
            }
        }
        return file;
    }

    /** A sparse file of {@code size} bytes: costs no disk and no time, reads as zeros. */
    static Path sparse(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
        return file;
    }

    /**
     * A valid gzip file that inflates to {@code size} zero bytes (a multiple of one MiB). One MiB of zeros is
     * deflated once, after a sync flush, and that block is written again and again: each copy only refers back to
     * zeros, so the stream stays valid while costing about a kilobyte per MiB, without deflating {@code size}
     * bytes.
     */
    static Path gzipBomb(Path file, long size) throws IOException {
        int mib = 1 << 20;
        byte[] zeros = new byte[mib];
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] prefix = deflate(d, zeros, false);
        byte[] block = deflate(d, zeros, false);
        byte[] tail = deflate(d, new byte[0], true);
        d.end();
        CRC32 crc = new CRC32();
        for (long done = 0; done < size; done += mib) {
            crc.update(zeros);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
            out.write(prefix);
            for (long done = mib; done < size; done += mib) {
                out.write(block);
            }
            out.write(tail);
            writeIntLe(out, (int) crc.getValue());
            writeIntLe(out, (int) size);
        }
        return file;
    }

    /** Deflates {@code input} and flushes: a sync flush ends on a byte boundary, a finish writes the last block. */
    private static byte[] deflate(Deflater d, byte[] input, boolean finish) {
        d.setInput(input);
        if (finish) {
            d.finish();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65_536];
        while (true) {
            int n = d.deflate(buf, 0, buf.length, finish ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
            out.write(buf, 0, n);
            if (finish ? d.finished() : n < buf.length) {
                return out.toByteArray();
            }
        }
    }

    private static void writeIntLe(OutputStream out, int v) throws IOException {
        out.write(v & 0xff);
        out.write((v >>> 8) & 0xff);
        out.write((v >>> 16) & 0xff);
        out.write((v >>> 24) & 0xff);
    }

    /** An HTML page with {@code depth} nested {@code div}s around one paragraph of text. */
    static Path deepHtml(Path file, int depth) throws IOException {
        StringBuilder sb = new StringBuilder(depth * 12 + 200).append("<!DOCTYPE html><html><body>");
        sb.append("<div>".repeat(depth));
        sb.append("<p>The ferry timetable for Corran Isle changes on Monday, the harbour office said.</p>");
        sb.append("</div>".repeat(depth)).append("</body></html>");
        return Files.writeString(file, sb);
    }

    /** An HTML page of {@code n} links and one paragraph. */
    static Path manyLinks(Path file, int n) throws IOException {
        StringBuilder sb = new StringBuilder(n * 24 + 200).append("<!DOCTYPE html><html><body><ul>");
        for (int i = 0; i < n; i++) {
            sb.append("<li><a href=/").append(i).append(">").append(i).append("</a>");
        }
        sb.append("</ul><p>The ferry timetable for Corran Isle changes on Monday, the harbour office said.</p>");
        return Files.writeString(file, sb.append("</body></html>"));
    }
}
