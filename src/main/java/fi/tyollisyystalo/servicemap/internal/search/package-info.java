/**
 * Search analysis for the service map: Finnish base forms and compound parts from Voikko (through
 * JNA) with a Snowball-and-decompounding fallback when the library is not installed, Swedish and
 * English Snowball analyzers, and the edge n-gram analyzers used for prefix matching. Hibernate
 * Search picks the analyzers up by name from {@link SearchAnalysisConfigurer}; see DD004.
 */
@NullMarked
package fi.tyollisyystalo.servicemap.internal.search;

import org.jspecify.annotations.NullMarked;
