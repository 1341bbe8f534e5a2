package dev.followthrough.llm;

/** The model answered but the answer cannot be used (invalid twice, or stopped by the output guard). */
class AnalysisFailedException extends RuntimeException {

    AnalysisFailedException(String message) {
        super(message);
    }
}
