package dev.followthrough.extraction.offline;

import dev.followthrough.core.CallContext;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Who is on the call, as the transcript names them, and who a turn is addressed to. */
final class People {

    private final List<Utterance> utterances;
    private final List<String> speakers;
    private final CallContext context;

    People(Transcript transcript, CallContext context) {
        this.utterances = transcript.utterances();
        this.speakers = new ArrayList<>(transcript.speakers());
        this.context = context;
    }

    /** The speaker label (or attendee name) a name said on the call refers to, or {@code null} if nobody here. */
    String resolve(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (String s : speakers) {
            String l = s.toLowerCase(Locale.ROOT);
            if (l.equals(n) || first(l).equals(n)) {
                return s;
            }
        }
        if (context != null) {
            for (Participant p : context.participants()) {
                if (p.name() != null && (p.name().equalsIgnoreCase(n) || first(p.name().toLowerCase(Locale.ROOT)).equals(n))) {
                    return p.name();
                }
            }
            if (context.repName() != null && context.isRep(name)) {
                return speakers.stream().filter(context::isRep).findFirst().orElse(context.repName());
            }
        }
        return null;
    }

    /** How a task names the person: the first name of a personal label, the whole label otherwise. */
    static String callName(String label) {
        if (label == null) {
            return null;
        }
        String l = label.strip();
        if (!l.matches("[A-Z][\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'.-]+){0,3}")) {
            return l;
        }
        if (l.matches("(?i).*\\b(?:manager|designer|expert|engineer|speaker|host|guest|participant|director|lead)\\b.*")) {
            return l;
        }
        return first(l);
    }

    private static String first(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    /** The person turn {@code i} is most likely spoken to: the only other speaker, else the nearest other voice. */
    String listener(int i) {
        String self = utterances.get(i).speaker();
        List<String> others = speakers.stream().filter(s -> !Objects.equals(s, self)).toList();
        if (others.size() == 1) {
            return others.get(0);
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String s = utterances.get(k).speaker();
            if (s != null && !Objects.equals(s, self)) {
                return s;
            }
        }
        return nextOtherSpeaker(i);
    }

    String nextOtherSpeaker(int i) {
        String self = utterances.get(i).speaker();
        for (int k = i + 1; k < Math.min(utterances.size(), i + 4); k++) {
            String s = utterances.get(k).speaker();
            if (s != null && !Objects.equals(s, self)) {
                return s;
            }
        }
        return null;
    }

    /** The rep's label when the rep speaks on this call. */
    String repOnCall() {
        if (context == null) {
            return null;
        }
        return speakers.stream().filter(context::isRep).findFirst().orElse(null);
    }
}
