package dev.followthrough.drafting.offline;

import dev.followthrough.core.CallContext;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Transcript;
import dev.followthrough.core.Utterance;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who the follow-up goes to and how everyone on the call relates to the rep. The main recipient is the customer
 * attendee who spoke most; customers come from the call context, and without any, the non-rep speakers.
 *
 * @param recipient the recipient's name as the call gives it, {@code null} when nobody qualifies
 */
record Audience(String recipient, CallContext context, Map<String, Restater.Voice> voices) {

    static Audience of(Transcript transcript, CallContext context) {
        Map<String, Integer> wordsBySpeaker = new HashMap<>();
        for (Utterance u : transcript.utterances()) {
            if (u.speaker() != null) {
                wordsBySpeaker.merge(u.speaker(), Lexicon.words(u.text()), Integer::sum);
            }
        }
        List<Participant> customers = context.participants().stream()
                .filter(p -> p.role() == Participant.Role.CUSTOMER && p.name() != null && !p.name().isBlank())
                .toList();
        Map<String, Restater.Voice> voices = new HashMap<>();
        for (String speaker : transcript.speakers()) {
            if (isRepSide(speaker, context)) {
                continue;
            }
            boolean vouched = customers.stream().anyMatch(p -> samePerson(p.name(), speaker));
            voices.put(speaker, vouched || customers.isEmpty() && !isListed(speaker, context)
                    ? Restater.Voice.OTHER_CUSTOMER : Restater.Voice.UNVOUCHED);
        }

        String recipient = null;
        int best = -1;
        if (!customers.isEmpty()) {
            for (Participant p : customers) {
                int spoken = wordsBySpeaker.entrySet().stream().filter(e -> samePerson(p.name(), e.getKey()))
                        .mapToInt(Map.Entry::getValue).sum();
                if (spoken > best) {
                    best = spoken;
                    recipient = p.name();
                }
            }
        } else {
            for (var e : voices.entrySet()) {
                int spoken = wordsBySpeaker.getOrDefault(e.getKey(), 0);
                if (e.getValue() == Restater.Voice.OTHER_CUSTOMER && spoken > best && !isGenericLabel(e.getKey())) {
                    best = spoken;
                    recipient = e.getKey();
                }
            }
        }
        String who = recipient;
        boolean rosterKnown = !customers.isEmpty();
        // without a roster only the main speaker is taken for the customer; anyone else may be the rep's colleague
        voices.replaceAll((speaker, voice) -> who != null && samePerson(who, speaker) ? Restater.Voice.RECIPIENT
                : rosterKnown ? voice : Restater.Voice.UNVOUCHED);
        return new Audience(recipient, context, Map.copyOf(voices));
    }

    /** First name for the greeting, titles and labels in brackets left out ("Dr. Priya Shah (Acme)" → "Priya"). */
    String recipientFirstName() {
        if (recipient == null) {
            return null;
        }
        String cleaned = recipient.replaceAll("\\(.*?\\)|\\[.*?]", " ").strip();
        for (String token : cleaned.split("\\s+")) {
            String core = Lexicon.stripPunct(token);
            if (!core.isEmpty() && !Lexicon.TITLES.contains(core.toLowerCase(Locale.ROOT))) {
                return core;
            }
        }
        return null;
    }

    /** A person on the call by first name ("Priya Shah" → "Priya"); anything else (a team, a company) as given. */
    String shortName(String name) {
        boolean onCall = voices.keySet().stream().anyMatch(s -> samePerson(s, name))
                || context.participants().stream().anyMatch(p -> samePerson(p.name(), name));
        String[] tokens = name.strip().split("\\s+");
        if (!onCall || tokens.length < 2 || isGenericLabel(name)) {
            return name.strip();
        }
        String first = Lexicon.stripPunct(tokens[0]);
        boolean ambiguous = java.util.stream.Stream.concat(voices.keySet().stream(),
                        context.participants().stream().map(Participant::name))
                .filter(n -> n != null && !samePerson(n, name))
                .anyMatch(n -> Lexicon.lower(n.strip().split("\\s+")[0]).equals(Lexicon.lower(first)));
        return ambiguous || Lexicon.TITLES.contains(Lexicon.lower(first)) ? name.strip() : first;
    }

    /**
     * The recipient and the rep named in the third person inside a task, written as "you" and "me"
     * ("send Ingrid the login" → "send you the login", "get the list to Dana" → "get the list to me").
     */
    String addressed(String task) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}-]+").matcher(task);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int from = 0;
        while (m.find(from)) {
            int end = m.end();
            String name = m.group();
            java.util.regex.Matcher next = java.util.regex.Pattern.compile("\\G\\s+(\\p{Lu}[\\p{L}-]+)").matcher(task);
            if (next.find(end) && whoIs(name + " " + next.group(1)) != null) {
                name = name + " " + next.group(1);
                end = next.end();
            }
            String who = whoIs(name);
            boolean possessive = task.startsWith("'s", end) || task.startsWith("\u2019s", end);
            if (who != null) {
                out.append(task, copied, m.start());
                out.append(who.equals("you") ? (possessive ? "your" : "you") : (possessive ? "my" : "me"));
                end += possessive ? 2 : 0;
                copied = end;
            }
            from = end;
        }
        out.append(task.substring(copied));
        return out.toString();
    }

    private String whoIs(String name) {
        if (isGenericLabel(name)) {
            return null;
        }
        if (isRecipient(name)) {
            return "you";
        }
        return isRep(name) ? "me" : null;
    }

    /** Labels a transcript gives when it does not know the name: "Speaker 3", "Unknown", "Guest 2". */
    static boolean isGenericLabel(String speaker) {
        return speaker != null && speaker.strip().matches(
                "(?i)(?:speaker|unknown|unknown speaker|guest|participant|attendee|caller|user|dial-?in|phone)"
                        + "(?:\\s*[#-]?\\s*\\d+)?");
    }

    Restater.Voice voiceOf(String speaker) {
        return speaker == null ? null : voices.get(speaker);
    }

    boolean isRecipient(String name) {
        return recipient != null && name != null && samePerson(recipient, name);
    }

    boolean isRep(String name) {
        return name != null && isRepSide(name, context);
    }

    private static boolean isRepSide(String speaker, CallContext context) {
        if (context.isRep(speaker) || samePerson(context.repName(), speaker)) {
            return true;
        }
        return context.participants().stream()
                .anyMatch(p -> p.role() == Participant.Role.REP && samePerson(p.name(), speaker));
    }

    private static boolean isListed(String speaker, CallContext context) {
        return context.participants().stream().anyMatch(p -> samePerson(p.name(), speaker));
    }

    /** "Jordan Lee" and "Jordan" are the same person on one call; "Jordan Lee" and "Jordan Smith" are not. */
    static boolean samePerson(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = norm(a);
        String y = norm(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        String[] xs = x.split(" ");
        String[] ys = y.split(" ");
        return (xs.length == 1 || ys.length == 1) && xs[0].equals(ys[0]);
    }

    private static String norm(String name) {
        return name.replaceAll("\\(.*?\\)|\\[.*?]", " ").toLowerCase(Locale.ROOT)
                .replaceAll("\\b(mr|mrs|ms|miss|dr|prof|mx)\\.?\\s+", "").replaceAll("[^\\p{L}\\p{N}' -]", " ")
                .replaceAll("\\s+", " ").strip();
    }
}
