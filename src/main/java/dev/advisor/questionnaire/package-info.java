/** The questionnaire format: loading with the schema check, show-if conditions and answer validation. */
package dev.advisor.questionnaire;
