/**
 * The questionnaire engine: forms defined as versioned JSON data (a form id, a version, the date it is
 * published on, sections of questions with conditions), checked when loaded so a bad file stops the start
 * naming the file, answers validated against their question, and the one field renderer and answer text
 * the forms' pages share. The health check and the follow-up forms are defined on it.
 */
@ApplicationModule(displayName = "Questionnaire engine")
@NullMarked
package fi.tyollisyystalo.questionnaire;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
