package dev.followthrough.call;

import dev.followthrough.core.CallContext;
import dev.followthrough.core.Participant;
import dev.followthrough.core.Participant.Role;
import dev.followthrough.core.Transcript;
import dev.followthrough.rep.RepDirectory;
import dev.followthrough.rep.RepInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who is who on a call: the call's rep and roster colleagues are REP, attendees named by the sidecar are
 * CUSTOMER, anyone else stays UNKNOWN. Never guesses the rep from speaking order or volume.
 */
final class Participants {

    private Participants() {
    }

    static CallContext context(LocalDate meetingDate, RepInfo rep, List<Attendee> attendees, Transcript t,
                               RepDirectory roster, String customer, String title) {
        Map<String, Participant> byKey = new LinkedHashMap<>();
        CallContext bare = new CallContext(meetingDate, rep == null ? null : rep.name(),
                rep == null ? null : rep.email(), rep == null ? List.of() : rep.aliases(), List.of(), customer, title);
        for (String speaker : t.speakers()) {
            byKey.put(key(speaker), role(speaker, bare, attendees, roster));
        }
        for (Attendee a : attendees) {
            boolean named = byKey.values().stream().anyMatch(p -> a.email() != null && a.email().equals(p.email()));
            if (!named && a.name() != null) {
                byKey.putIfAbsent(key(a.name()), new Participant(a.name(), a.email(), Role.CUSTOMER));
            }
        }
        if (rep != null && byKey.values().stream().noneMatch(p -> p.role() == Role.REP && rep.email().equals(p.email()))) {
            byKey.putIfAbsent(key(rep.name()), new Participant(rep.name(), rep.email(), Role.REP));
        }
        return new CallContext(meetingDate, bare.repName(), bare.repEmail(), bare.repAliases(),
                new ArrayList<>(byKey.values()), customer, title);
    }

    private static Participant role(String speaker, CallContext ctx, List<Attendee> attendees, RepDirectory roster) {
        if (ctx.isRep(speaker)) {
            return new Participant(speaker, ctx.repEmail(), Role.REP);
        }
        for (Attendee a : attendees) {
            if (a.name() != null && samePerson(a.name(), speaker)) {
                return new Participant(speaker, a.email(), Role.CUSTOMER);
            }
        }
        return roster.matchSpeaker(speaker)
                .map(r -> new Participant(speaker, r.email(), Role.REP))
                .orElseGet(() -> new Participant(speaker, null, Role.UNKNOWN));
    }

    /** "Jordan Lee" is the speaker "Jordan Lee" or "Jordan" (Zoom often shows first names only). */
    private static boolean samePerson(String a, String b) {
        String x = key(a);
        String y = key(b);
        if (x.equals(y)) {
            return true;
        }
        String fx = x.split(" ")[0];
        String fy = y.split(" ")[0];
        return (x.indexOf(' ') < 0 || y.indexOf(' ') < 0) && fx.equals(fy);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
