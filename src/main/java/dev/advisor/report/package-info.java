/** The report model built from an evaluation, and its renderings (JSON, Markdown). */
package dev.advisor.report;
