/** Consultants' scenario files: small briefs with the findings expected and not expected, run against the rules, plus rule coverage. */
package dev.advisor.scenarios;
