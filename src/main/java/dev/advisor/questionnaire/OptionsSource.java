package dev.advisor.questionnaire;

/**
 * Where a choice takes its options when the questionnaire cannot list them: the answers to sub-question
 * {@code question} of group {@code group} (a benefit's segments are the segment names the user entered).
 */
public record OptionsSource(String group, String question) {
    @Override
    public String toString() {
        return group + "[*]." + question;
    }
}
