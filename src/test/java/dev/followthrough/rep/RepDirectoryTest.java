package dev.followthrough.rep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.followthrough.support.AppTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The roster edits the admin pages rely on. */
@AppTest
class RepDirectoryTest {

    @Autowired
    RepDirectory reps;

    static String email(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@northwind.example";
    }

    @Test
    void updateChangesNameEmailAndAliasesButNotToAnotherRepsEmail() {
        RepInfo a = reps.upsert("Ana A", email("ana"), List.of("Ana"));
        RepInfo b = reps.upsert("Ben B", email("ben"), List.of());
        String newMail = email("ANA.NEW").toUpperCase();
        RepInfo changed = reps.update(a.id(), " Ana Andersen ", newMail, List.of("Ana", "A. Andersen"));
        assertThat(changed.name()).isEqualTo("Ana Andersen");
        assertThat(changed.email()).isEqualTo(newMail.toLowerCase());
        assertThat(reps.byEmail(newMail)).map(RepInfo::id).contains(a.id());
        assertThat(reps.byId(a.id()).orElseThrow().aliases()).containsExactly("Ana", "A. Andersen");
        assertThatThrownBy(() -> reps.update(a.id(), "Ana", b.email(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ben B");
        assertThat(reps.byId(a.id()).orElseThrow().email()).isEqualTo(newMail.toLowerCase());
    }

    @Test
    void aSampleIsRemovedOnlyThroughItsOwnRepAndTheProfileFollows() {
        RepInfo a = reps.upsert("Cam C", email("cam"), List.of());
        RepInfo b = reps.upsert("Dee D", email("dee"), List.of());
        assertThat(reps.addSample(a.id(), "one.txt", "Subject: Hi\n\nHey Jo,\n\nQuick note.\n\nCheers,\nCam")).isTrue();
        assertThat(reps.addSample(a.id(), "one.txt", "again")).as("same name twice").isFalse();
        long id = reps.sampleEmails(a.id()).get(0).id();
        assertThat(reps.sampleCount(a.id())).isEqualTo(1);
        assertThat(reps.sampleCount(b.id())).isZero();
        assertThat(reps.style(a).sampleCount()).isEqualTo(1);
        assertThat(reps.removeSample(b.id(), id)).as("another rep's sample").isFalse();
        assertThat(reps.sampleEmails(a.id())).hasSize(1);
        assertThat(reps.removeSample(a.id(), id)).isTrue();
        assertThat(reps.sampleEmails(a.id())).isEmpty();
        assertThat(reps.style(a).sampleCount()).isZero();
    }
}
