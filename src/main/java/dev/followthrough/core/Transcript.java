package dev.followthrough.core;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A normalised call transcript: the only view of a call that the AI stages get. */
public record Transcript(List<Utterance> utterances) {

    public Transcript {
        utterances = List.copyOf(utterances);
    }

    public Optional<Utterance> byId(String id) {
        return Optional.ofNullable(index().get(id));
    }

    private Map<String, Utterance> index() {
        return utterances.stream().collect(Collectors.toMap(Utterance::id, Function.identity(), (a, b) -> a));
    }

    /** Speakers in order of first appearance; utterances without a speaker are left out. */
    public Set<String> speakers() {
        Set<String> names = new LinkedHashSet<>();
        for (Utterance u : utterances) {
            if (u.speaker() != null && !u.speaker().isBlank()) {
                names.add(u.speaker());
            }
        }
        return names;
    }

    public boolean isEmpty() {
        return utterances.isEmpty();
    }

    public int wordCount() {
        int words = 0;
        for (Utterance u : utterances) {
            String t = u.text().strip();
            if (!t.isEmpty()) {
                words += t.split("\\s+").length;
            }
        }
        return words;
    }
}
