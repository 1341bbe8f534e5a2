package dev.followthrough.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the list of segments inside an export, whatever the vendor nests it under. Rather than one parser
 * per vendor, every array of objects within a few levels is scored, and the one that looks most like
 * diarised turns wins (so AssemblyAI's word list loses to its utterance list).
 */
final class JsonShapes {

    static final List<String> TEXT_KEYS = List.of("text", "transcript", "content", "sentence", "utterance", "value",
            "raw_text", "punctuated_word", "word");
    static final List<String> SPEAKER_KEYS = List.of("speaker", "speaker_name", "speakerName", "speaker_label",
            "speakerLabel", "name", "participant", "user", "username", "user_name", "spk", "speaker_id", "speakerId");
    /** Arrays of parts that a segment may carry instead of a text field (Deepgram paragraphs, Rev.ai monologues). */
    static final List<String> PART_KEYS = List.of("sentences", "elements", "words");
    private static final Set<String> TURN_CONTAINERS = Set.of("segments", "utterances", "sentences", "monologues",
            "meeting_transcripts", "transcript", "transcripts", "paragraphs", "turns", "entries", "results", "items",
            "phrases", "recognizedphrases", "captions", "cues");
    private static final int MAX_DEPTH = 10;

    /** The chosen array and the path it was found at ("$.utterances"). */
    record Found(JsonNode array, String path, String containerKey) {
    }

    private JsonShapes() {
    }

    static Found find(JsonNode root) {
        Found best = null;
        int bestScore = Integer.MIN_VALUE;
        record Item(JsonNode node, String path, String key, int depth) {
        }
        Deque<Item> queue = new ArrayDeque<>();
        queue.add(new Item(root, "$", "", 0));
        while (!queue.isEmpty()) {
            Item item = queue.poll();
            JsonNode node = item.node();
            if (node.isArray()) {
                int score = score(node, item.key());
                if (score > bestScore) {
                    bestScore = score;
                    best = new Found(node, item.path(), item.key());
                }
                if (item.depth() < MAX_DEPTH && node.size() > 0 && node.get(0).isContainerNode()) {
                    queue.add(new Item(node.get(0), item.path() + "[0]", item.key(), item.depth() + 1));
                }
            } else if (node.isObject() && item.depth() < MAX_DEPTH) {
                var names = node.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    JsonNode child = node.get(name);
                    if (child.isContainerNode()) {
                        queue.add(new Item(child, item.path() + "." + name, name, item.depth() + 1));
                    }
                }
            }
        }
        return bestScore > 0 ? best : null;
    }

    /** Positive only for a non-empty array whose first elements are objects carrying text (or parts of text). */
    private static int score(JsonNode array, String key) {
        int sample = Math.min(array.size(), 5);
        if (sample == 0) {
            return key.isEmpty() || TURN_CONTAINERS.contains(key.toLowerCase(Locale.ROOT)) ? 1 : Integer.MIN_VALUE;
        }
        int withText = 0;
        int withSpeaker = 0;
        int withTime = 0;
        if (!array.get(0).isObject()) {
            return Integer.MIN_VALUE;
        }
        for (int i = 0; i < sample; i++) {
            JsonNode e = array.get(i);
            if (!e.isObject()) {
                continue;
            }
            if (firstText(e) != null || hasParts(e)) {
                withText++;
            }
            if (firstPresent(e, SPEAKER_KEYS) != null) {
                withSpeaker++;
            }
            if (e.has("start") || e.has("start_time") || e.has("startTime") || e.has("offset") || e.has("ts")) {
                withTime++;
            }
        }
        if (withText == 0) {
            return Integer.MIN_VALUE;
        }
        int score = 10 + 4 * withText + 3 * withSpeaker + withTime;
        String k = key.toLowerCase(Locale.ROOT);
        if (TURN_CONTAINERS.contains(k)) {
            score += 5;
        }
        if (k.equals("words") || k.equals("tokens") || k.equals("elements")) {
            score -= 20;
        }
        return score;
    }

    static String firstText(JsonNode e) {
        for (String k : TEXT_KEYS) {
            JsonNode v = e.get(k);
            if (v != null && v.isTextual()) {
                return k;
            }
        }
        return null;
    }

    static boolean hasParts(JsonNode e) {
        for (String k : PART_KEYS) {
            JsonNode v = e.get(k);
            if (v != null && v.isArray() && v.size() > 0 && v.get(0).isObject()) {
                return true;
            }
        }
        return false;
    }

    static String firstPresent(JsonNode e, List<String> keys) {
        for (String k : keys) {
            JsonNode v = e.get(k);
            if (v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank())) {
                return k;
            }
        }
        return null;
    }
}
