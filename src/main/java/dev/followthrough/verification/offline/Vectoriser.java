package dev.followthrough.verification.offline;

import java.util.List;

/** Sentence embeddings, kept behind a seam so retrieval does not care which model produced them. */
@FunctionalInterface
interface Vectoriser {

    List<float[]> embedAll(List<String> texts);
}
