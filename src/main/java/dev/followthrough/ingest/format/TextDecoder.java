package dev.followthrough.ingest.format;

import dev.followthrough.ingest.TranscriptRejectedException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns uploaded bytes into text. Only UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted:
 * guessing a legacy code page would silently garble names and quotes that end up cited in emails.
 */
final class TextDecoder {

    private TextDecoder() {
    }

    static String decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new TranscriptRejectedException("empty", "The file is empty (0 bytes).");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16 (big-endian)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16 (little-endian)");
        }
        String kind = BinarySignatures.describe(bytes);
        if (kind != null) {
            throw new TranscriptRejectedException("binary", "This is " + kind
                    + ", not a transcript. Export the call's transcript as .vtt, .srt, .txt or .json and upload that.");
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new TranscriptRejectedException("binary", "The file contains NUL bytes (first at byte offset " + nul
                    + "), so it is binary data or UTF-16 without a byte-order mark. Save it as UTF-8 text.");
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return strict(bytes, offset, StandardCharsets.UTF_8, "UTF-8");
    }

    private static String strict(byte[] bytes, int offset, java.nio.charset.Charset charset, String name) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, (long) bytes.length + 16));
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            throw new TranscriptRejectedException("encoding", String.format(
                    "The file is not valid %s: byte 0x%02X at line %d (byte offset %d) cannot be decoded. "
                            + "Save the transcript as UTF-8 (it may be Latin-1 or Windows-1252).",
                    name, bytes[bad] & 0xFF, lineOf(bytes, offset, bad), bad));
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            throw new TranscriptRejectedException("encoding", "The file ends in the middle of a " + name + " character.");
        }
        out.flip();
        String text = out.toString();
        if (text.indexOf('\0') >= 0) {
            throw new TranscriptRejectedException("binary", "The decoded text contains NUL characters; this is not a text transcript.");
        }
        return text;
    }

    private static int lineOf(byte[] bytes, int from, int to) {
        int line = 1;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
