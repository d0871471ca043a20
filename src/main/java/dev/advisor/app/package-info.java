/** The advisor assembled from its folders: questionnaires -> validation -> facts -> rules -> report. */
package dev.advisor.app;
