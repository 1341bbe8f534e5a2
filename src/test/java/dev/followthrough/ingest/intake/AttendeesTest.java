package dev.followthrough.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.followthrough.call.Attendee;
import dev.followthrough.ingest.TranscriptRejectedException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AttendeesTest {

    @Test
    void readsTheWaysPeopleTypeAttendeeLists() {
        assertThat(Attendees.parseList("Jordan Lee <jordan.lee@acme.example>, sam.ortiz@acme.example; \"Kim, Ana\" <ana@x.example>"))
                .containsExactly(new Attendee("Jordan Lee", "jordan.lee@acme.example"),
                        new Attendee("Sam Ortiz", "sam.ortiz@acme.example"),
                        new Attendee("Kim, Ana", "ana@x.example"));
        assertThat(Attendees.parseList("  ")).isEmpty();
        assertThat(Attendees.parseList(null)).isEmpty();
    }

    @Test
    void readsTheSidecarConvention() {
        SidecarReader reader = new SidecarReader(JsonMapper.builder().build());
        CallMetadata m = reader.parse("""
                {"meetingDate":"2026-11-03","rep":"dana.reyes@northwind.example","title":"Discovery",
                 "customer":"Acme","attendees":[{"name":"Jordan Lee","email":"jordan.lee@acme.example"},"pat@acme.example"]}
                """);
        assertThat(m.meetingDate()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(m.rep()).isEqualTo("dana.reyes@northwind.example");
        assertThat(m.attendees()).containsExactly(new Attendee("Jordan Lee", "jordan.lee@acme.example"),
                new Attendee("Pat", "pat@acme.example"));
        assertThat(reader.parse("{\"meetingDate\":\"2026-11-03T15:00:00Z\"}").meetingDate()).isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    void aBrokenSidecarIsAClearError() {
        SidecarReader reader = new SidecarReader(JsonMapper.builder().build());
        assertThatThrownBy(() -> reader.parse("{oops")).isInstanceOf(TranscriptRejectedException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> reader.parse("[]")).isInstanceOf(TranscriptRejectedException.class)
                .hasMessageContaining("JSON object");
        assertThatThrownBy(() -> reader.parse("{\"meetingDate\":\"03/11/2026\"}"))
                .isInstanceOf(TranscriptRejectedException.class).hasMessageContaining("ISO date");
    }
}
