/** The health check's pages: start, one page per topic, check your answers, result, and the team's shared results. */
@NullMarked
package fi.tyollisyystalo.healthcheck.ui;

import org.jspecify.annotations.NullMarked;
