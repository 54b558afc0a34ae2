/**
 * What the customer's contact is about: {@link dev.empathy.situation.Situation} (delivery delay, billing
 * error, outage...) and the {@link dev.empathy.situation.SituationReading} that every
 * {@link dev.empathy.emotion.EmotionReading} carries, with its evidence as character offsets.
 */
package dev.empathy.situation;
