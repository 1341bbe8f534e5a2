package dev.followthrough.ingest.format;

/**
 * Recognises the files people most often upload by mistake instead of a transcript, so the error can name
 * them (a Teams .docx transcript, the recording itself, a PDF).
 */
final class BinarySignatures {

    private BinarySignatures() {
    }

    /** @return a description such as "a PDF document", or {@code null} when no known signature matches */
    static String describe(byte[] b) {
        if (TextDecoder.startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (TextDecoder.startsWith(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive (a Word .docx transcript is one)";
        }
        if (TextDecoder.startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (TextDecoder.startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (TextDecoder.startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (TextDecoder.startsWith(b, 'I', 'D', '3') || TextDecoder.startsWith(b, 0xFF, 0xFB)) {
            return "an MP3 audio file";
        }
        if (b.length >= 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return "an MP4/M4A recording";
        }
        if (TextDecoder.startsWith(b, 'R', 'I', 'F', 'F')) {
            return "a WAV/RIFF media file";
        }
        if (TextDecoder.startsWith(b, 0x1F, 0x8B)) {
            return "a gzip-compressed file";
        }
        if (TextDecoder.startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Microsoft Office (.doc/.xls) file";
        }
        return null;
    }
}
