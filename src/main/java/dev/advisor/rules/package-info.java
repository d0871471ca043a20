/** Builds a rule set from {@code rules/} (errors as file:line:col), runs one evaluation with its trace. */
package dev.advisor.rules;
