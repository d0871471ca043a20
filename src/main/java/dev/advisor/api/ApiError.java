package dev.advisor.api;

import dev.advisor.questionnaire.Problem;

import java.util.List;

/** The one error shape of the API: status, a short error name, a clear message, and any problems. */
public record ApiError(int status, String error, String message, List<Problem> problems, List<Problem> warnings) {
    static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of(), List.of());
    }
}
