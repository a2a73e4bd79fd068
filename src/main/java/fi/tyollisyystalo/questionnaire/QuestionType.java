package fi.tyollisyystalo.questionnaire;

/** How a question is answered; the stored answer is always a string (see {@link Question}). */
public enum QuestionType {
    /** One option; the answer is the option's code. */
    SINGLE,
    /** Any number of options; the answer is the codes joined with commas. */
    MULTIPLE,
    /** A whole number from {@code min} to {@code max} (0–10 by default). */
    SCALE,
    /** A number with a unit and a range; the answer is the number, a decimal point allowed. */
    NUMBER,
    /** YES or NO. */
    YES_NO,
    /** Free text up to {@code maxLength} characters. */
    TEXT
}
