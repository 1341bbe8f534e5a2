package dev.followthrough.verification.offline;

import java.util.List;

/** One kind of grounding test. Returns nothing when the claim holds nothing this check knows how to test. */
interface ClaimCheck {

    List<Outcome> apply(Claim claim, CallEvidence call);
}
