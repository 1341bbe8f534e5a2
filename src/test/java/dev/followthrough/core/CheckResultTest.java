package dev.followthrough.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckResultTest {

    private static Finding f(ClaimStatus status, Severity severity) {
        return new Finding("claim", "draft", "general", status, severity, "reason", List.of());
    }

    @Test
    void aLowSeverityUnsupportedClaimIsANoteThatDoesNotHoldTheCall() {
        Usage u = Usage.offline("test", 0);
        assertThat(CheckResult.of(List.of(f(ClaimStatus.UNSUPPORTED, Severity.LOW)), u).verdict()).isEqualTo(Verdict.CLEAN);
        assertThat(CheckResult.of(List.of(f(ClaimStatus.UNSUPPORTED, Severity.MEDIUM)), u).verdict())
                .isEqualTo(Verdict.FLAGGED);
        assertThat(CheckResult.of(List.of(f(ClaimStatus.CONTRADICTED, Severity.LOW)), u).verdict())
                .isEqualTo(Verdict.FLAGGED);
        assertThat(CheckResult.of(List.of(f(ClaimStatus.SUPPORTED, Severity.LOW)), u).verdict()).isEqualTo(Verdict.CLEAN);
        assertThat(f(ClaimStatus.UNSUPPORTED, Severity.LOW).isProblem()).isTrue();
        assertThat(f(ClaimStatus.UNSUPPORTED, Severity.LOW).holdsCall()).isFalse();
    }
}
