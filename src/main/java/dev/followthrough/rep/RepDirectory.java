package dev.followthrough.rep;

import dev.followthrough.drafting.StyleProfile;
import dev.followthrough.drafting.StyleProfiler;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rep roster and each rep's sample emails: who the rep on a call is, and how they write. */
@Service
public class RepDirectory {

    private final RepRepository reps;
    private final RepSampleEmailRepository samples;
    private final StyleProfiler profiler;

    RepDirectory(RepRepository reps, RepSampleEmailRepository samples, StyleProfiler profiler) {
        this.reps = reps;
        this.samples = samples;
        this.profiler = profiler;
    }

    @Transactional(readOnly = true)
    public Optional<RepInfo> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return reps.findByEmailIgnoreCase(email.strip()).map(RepEntity::toInfo);
    }

    @Transactional(readOnly = true)
    public Optional<RepInfo> byId(Long id) {
        return id == null ? Optional.empty() : reps.findById(id).map(RepEntity::toInfo);
    }

    @Transactional(readOnly = true)
    public List<RepInfo> all() {
        return reps.findAllByOrderByNameAsc().stream().map(RepEntity::toInfo).toList();
    }

    /** Adds the rep, or updates the name and aliases of the rep with that email. */
    @Transactional
    public RepInfo upsert(String name, String email, List<String> aliases) {
        RepEntity rep = reps.findByEmailIgnoreCase(email.strip())
                .orElseGet(() -> new RepEntity(name.strip(), email.strip().toLowerCase(Locale.ROOT), aliases));
        rep.name = name.strip();
        rep.setAliases(aliases);
        return reps.save(rep).toInfo();
    }

    /**
     * Changes a rep's name, email and aliases.
     *
     * @throws IllegalArgumentException when the email belongs to another rep, or the rep does not exist
     */
    @Transactional
    public RepInfo update(long id, String name, String email, List<String> aliases) {
        RepEntity rep = reps.findById(id).orElseThrow(() -> new IllegalArgumentException("No rep " + id));
        String mail = email.strip().toLowerCase(Locale.ROOT);
        reps.findByEmailIgnoreCase(mail).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw new IllegalArgumentException(other.name + " already has the email " + mail);
        });
        rep.name = name.strip();
        rep.email = mail;
        rep.setAliases(aliases);
        return rep.toInfo();
    }

    /** Adds a sample email unless one of that name is already stored for the rep. */
    @Transactional
    public boolean addSample(long repId, String name, String content) {
        if (samples.existsByRepIdAndName(repId, name)) {
            return false;
        }
        samples.save(new RepSampleEmail(repId, name, content));
        return true;
    }

    /** The rep's stored sample emails with their ids, by name. */
    @Transactional(readOnly = true)
    public List<SampleEmail> sampleEmails(long repId) {
        return samples.findByRepIdOrderByNameAsc(repId).stream()
                .map(s -> new SampleEmail(s.id, s.name, s.content, s.createdAt)).toList();
    }

    @Transactional(readOnly = true)
    public long sampleCount(long repId) {
        return samples.countByRepId(repId);
    }

    /** Removes one of the rep's sample emails; false when the rep has no sample of that id. */
    @Transactional
    public boolean removeSample(long repId, long sampleId) {
        return samples.findById(sampleId).filter(s -> s.repId.equals(repId)).map(s -> {
            samples.delete(s);
            return true;
        }).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<String> samples(long repId) {
        return samples.findByRepIdOrderByNameAsc(repId).stream().map(s -> s.content).toList();
    }

    /** The rep's style, learned afresh from the stored samples (cheap, and never stale after an edit). */
    @Transactional(readOnly = true)
    public StyleProfile style(RepInfo rep) {
        return profiler.profile(rep.name(), samples(rep.id()));
    }

    /** The roster rep a speaker label names, by full name, alias or unique first name. */
    @Transactional(readOnly = true)
    public Optional<RepInfo> matchSpeaker(String speaker) {
        if (speaker == null || speaker.isBlank()) {
            return Optional.empty();
        }
        String s = norm(speaker);
        List<RepInfo> all = all();
        for (RepInfo r : all) {
            if (norm(r.name()).equals(s) || r.aliases().stream().anyMatch(a -> norm(a).equals(s))) {
                return Optional.of(r);
            }
        }
        List<RepInfo> byFirst = all.stream().filter(r -> firstName(r.name()).equals(s)).toList();
        return byFirst.size() == 1 ? Optional.of(byFirst.get(0)) : Optional.empty();
    }

    static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String firstName(String name) {
        String n = norm(name);
        int i = n.indexOf(' ');
        return i < 0 ? n : n.substring(0, i);
    }
}
