/**
 * The voice of families and staff. After a family plan review, a child protection plan review or the end of Family
 * Help, the family is invited to say how the help felt, through a single-use link that needs no account (the lead
 * practitioner makes it and gives it to them: Kith sends no texts or emails); staff answer a short pulse survey once a
 * month. Answers are stored apart from who gave them, and {@link kith.insights.voice.VoiceResults} gives the monthly
 * figures with small counts suppressed; only managers read what was written.
 */
@org.springframework.modulith.NamedInterface("voice")
package kith.insights.voice;
