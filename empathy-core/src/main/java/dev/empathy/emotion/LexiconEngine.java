package dev.empathy.emotion;

import dev.empathy.internal.text.Sentence;
import dev.empathy.internal.text.TextAnalyzer;
import dev.empathy.situation.SituationReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reading pipeline of {@link LexiconEmotionClassifier}: split the message into sentences, find the
 * lexicon's terms in each ({@link CueFinder}), run the stages listed in {@code stages} in order (the last two
 * read the message's detected situation and thanks: {@link SituationEvidence}, {@link PraiseWithThanks}), and
 * score the result ({@link ReadingScorer}). The list of stages below is the algorithm; each stage is one small file
 * of this package. Immutable and thread-safe; linear in the message's length.
 */
final class LexiconEngine {

    private final TextAnalyzer analyzer;
    private final CueFinder finder;
    private final List<CueStage> stages;
    private final ReadingScorer scorer;

    LexiconEngine(Lexicon lexicon, TextAnalyzer analyzer, SituationEvidence situationEvidence, SupportStructure structure,
                  ComplaintStructure complaints, CalmStructure calm) {
        this.analyzer = analyzer;
        this.finder = new CueFinder(lexicon, lexicon.vocabulary.withWordClasses(wordClasses(structure, complaints)));
        this.stages = stages(lexicon, situationEvidence, structure, complaints, calm);
        this.scorer = new ReadingScorer(lexicon);
    }

    /** The structure words the stages test on tokens, folded, with their classes as bits: support and complaint words. */
    private static Map<String, Integer> wordClasses(SupportStructure structure, ComplaintStructure complaints) {
        Map<String, Integer> classes = complaints.wordClasses();
        for (Map.Entry<String, Integer> word : structure.wordClasses().entrySet()) {
            ComplaintStructure.add(classes, word.getKey(), word.getValue());
        }
        return classes;
    }

    /** The stages in the order they run. To add one, see {@link CueStage}. */
    private static List<CueStage> stages(Lexicon lexicon, SituationEvidence situationEvidence, SupportStructure structure,
                                         ComplaintStructure complaints, CalmStructure calm) {
        Parameters parameters = lexicon.parameters;
        return List.of(
                // each sentence, the words the finder found: what surrounds them
                new IntensityStage(),                                 // "really annoyed", "a bit worried"
                new CapitalsStage(parameters),                        // "FURIOUS"
                new ElongationStage(parameters),                      // "sooo annoyed"
                new NegationStage(parameters),                        // "not happy" -> disappointment
                new TrailingNegatorStage(lexicon, calm),              // "still not happy": the "not" of "still not"
                new ExpletiveStage(lexicon),                          // "so damn good": intensified praise
                // each sentence, support evidence and the cues beside the words
                new ServiceFailureStage(lexicon.failures, parameters), // "still no reply": frustration
                new HashtagStage(parameters),                         // "#fail": anger, escalation risk
                new WaitRepeatStage(parameters),                      // "waiting for a week" counts on its own
                new OutsideSupportStage(situationEvidence.context(), situationEvidence.outsideFactor()), // not to a company: discounted
                new SymbolStage(lexicon),                             // emoji and emoticons
                new QuestionStage(lexicon),                           // "what does this mean?", "will I lose it?"
                new SarcasmStage(parameters),                         // "Great, my parcel is lost again."
                new ClauseContrastStage(parameters),                  // "thanks, but ..."
                new ExclamationStage(parameters),                     // "!!!"
                new ExclaimedDenialStage(complaints, parameters),     // "four nights, not five!!": a complaint
                new PolarQuestionStage(structure, parameters),        // "is it still $15 a month?": asked, not felt
                new ConditionalClauseStage(structure),                // "if the reset doesn't work, ...": not what happened
                new IndignantQuestionStage(structure, parameters),         // "why is it not on ?!", "why tf is it down"
                new ChallengeQuestionStage(complaints, parameters),   // "care to reply?", "what sort of answer is that?"
                new AimedAtCompanyStage(structure),                   // "your awful company": anger at them
                new SaidOfPeopleStage(),                              // "you people are clueless": anger at them
                new UntargetedCurseStage(structure),                  // "the printer spits out garbage": at no one
                new ReportedFeelingStage(calm),                       // "he also hates the new logo": not the writer's feeling
                CueStage.IN_TEXT_ORDER,
                new PersistenceStage(calm),                           // "I still have the receipt": no complaint to persist
                // the whole message
                new SignOffStage(parameters),                         // "Thanks, Ellie"
                new SentenceContrastStage(parameters),                // "... . But it is still broken."
                new FailureDecayStage(parameters),                    // a second failure counts less
                new CourtesyStage(parameters),                        // "... can you check? Thanks"
                new IronicPraiseStage(parameters, situationEvidence.context()), // "Stellar work. The vase arrived smashed."
                new ComplaintToneStage(parameters),                   // "What is going on?" beside a complaint
                new NegatedPraiseStage(),                             // "1hr delayed. Not happy": frustration
                new ExperienceMemeStage(complaints),                  // "When your driver doesn't ...": a complaint
                new NotGriefStage(structure),                         // "my laptop has died": not grief
                new HypotheticalStage(lexicon),                       // "Is that helpful?", "would be great if"
                new ThanksForAFailureStage(complaints, parameters),   // "Delivered to the wrong house. Thx": no gratitude
                situationEvidence,                                    // "my parcel went back to the depot": frustration
                new InformationRequestStage(structure),               // "... . How do I get a refund?": asked, not felt
                new CalmRequestStage(structure, calm, parameters),    // "... couldn't find it. Does my cover pay?": capped
                PraiseWithThanks.STAGE);                              // "Thank you! The replacement is awesome!": gratitude
    }

    /** Reads {@code text}; {@code situation} is what the message is about, evidence for the last two stages. */
    EmotionReading read(String text, SituationReading situation) {
        if (text.isBlank()) {
            return EmotionReading.neutral();
        }
        List<Sentence> sentences = analyzer.sentences(text);
        if (sentences.isEmpty()) {
            return EmotionReading.neutral();
        }
        List<SentenceCues> found = new ArrayList<>(sentences.size());
        for (int sentenceNo = 0; sentenceNo < sentences.size(); sentenceNo++) {
            Sentence sentence = sentences.get(sentenceNo);
            found.add(finder.find(text, sentence));
        }
        MessageCues message = new MessageCues(text, situation, found);
        for (int stageNo = 0; stageNo < stages.size(); stageNo++) {
            CueStage stage = stages.get(stageNo);
            message = stage.apply(message);
        }
        return scorer.score(message);
    }
}
