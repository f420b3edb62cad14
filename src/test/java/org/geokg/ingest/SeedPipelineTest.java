package org.geokg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.geokg.SharedData;
import org.geokg.actor.Actor;
import org.geokg.actor.ActorKind;
import org.geokg.article.ArticleInput;
import org.geokg.event.Relation;
import org.geokg.event.RelationType;
import org.geokg.graph.ArticleGraph;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole pipeline (without the database) on the seed article: the acceptance list. */
class SeedPipelineTest {

  private static ArticleGraph graph;

  @BeforeAll
  static void runPipelineOnSeed() {
    ArticlePipeline pipeline = ArticlePipeline.standalone(CoreNlpAnnotator.shared());
    var read = pipeline.read(ArticleInput.ofText(SharedData.seedText(), LocalDate.of(2024, 11, 15)));
    graph = pipeline.analyse(((ArticlePipeline.Reading.English) read).article()).graph();
  }

  private static Optional<Actor> actorNamed(String name) {
    return graph.actors().keySet().stream().filter(a -> a.name().equals(name)).findFirst();
  }

  private static String key(String name) {
    return actorNamed(name).orElseThrow(() -> new AssertionError("no actor " + name + " in " + names())).key();
  }

  private static List<String> names() {
    return graph.actors().keySet().stream().map(Actor::name).sorted().toList();
  }

  private static List<Relation> relations(RelationType type, String a, String b) {
    return graph.relations().stream()
        .filter(r -> r.type() == type)
        .filter(r -> r.sourceKey().equals(a) && r.targetKey().equals(b)
            || type.symmetric() && r.sourceKey().equals(b) && r.targetKey().equals(a))
        .toList();
  }

  @Test
  void muskMetIravaniOnceOnMondayInNewYorkWithBothSentences() {
    List<Relation> met = relations(RelationType.MET_WITH, key("Elon Musk"), key("Amir Saeid Iravani"));
    assertThat(met).hasSize(1);
    Relation r = met.get(0);
    // Symmetric, but pointing as the sentence says: Musk met with the ambassador.
    assertThat(r.sourceKey()).isEqualTo(key("Elon Musk"));
    assertThat(r.date()).hasToString("2024-11-11");
    assertThat(r.place()).isEqualTo("New York");
    assertThat(r.sentences()).anyMatch(s -> s.startsWith("Elon Musk met with Iran’s ambassador to the U.N."));
    assertThat(r.sentences()).anyMatch(s -> s.startsWith("The meeting between the tech billionaire and Amir Saeid Iravani"));
    assertThat(r.negated()).isFalse();
  }

  @Test
  void bindsTheUnnamedAmbassadorToIravaniThroughTheMeeting() {
    assertThat(graph.roles()).anySatisfy(ev -> {
      assertThat(ev.role().holderKey()).isEqualTo(key("Amir Saeid Iravani"));
      assertThat(ev.role().title()).isEqualTo("ambassador");
      assertThat(ev.role().principalKey()).isEqualTo("country:IRN");
      assertThat(ev.role().postKey()).isEqualTo(key("United Nations"));
    });
    Actor iravani = actorNamed("Amir Saeid Iravani").orElseThrow();
    assertThat(iravani.code()).isEqualTo("IRN");
    assertThat(iravani.sector()).isEqualTo("DIP");
  }

  @Test
  void iransGovernmentIsOneActorHoweverTheArticleNamesIt() {
    List<Actor> government = graph.actors().keySet().stream()
        .filter(a -> "IRN".equals(a.code()) && "GOV".equals(a.sector()) && a.kind() != ActorKind.PERSON)
        .toList();
    assertThat(government).as("%s", names()).hasSize(1);
    assertThat(government.get(0).key()).isEqualTo("agent:irn-gov");
    assertThat(government.get(0).name()).isEqualTo("Iranian government");
  }

  @Test
  void aLoneTrumpIsDonaldTrumpOfTheUnitedStates() {
    assertThat(names()).doesNotContain("Trump");
    Actor trump = actorNamed("Donald Trump").orElseThrow(() -> new AssertionError(names()));
    assertThat(trump.key()).isEqualTo("person:donald-trump");
    assertThat(trump.code()).isEqualTo("USA");
  }

  @Test
  void extractsForeignMinisterRoleFromApposition() {
    assertThat(graph.roles()).anySatisfy(ev -> {
      assertThat(ev.role().holderKey()).isEqualTo(key("Abbas Araghchi"));
      assertThat(ev.role().title()).isEqualTo("foreign minister");
      assertThat(ev.role().principalKey()).isEqualTo("country:IRN");
    });
  }

  @Test
  void araghchiMetGrossiInTehran() {
    List<Relation> met = relations(RelationType.MET_WITH, key("Abbas Araghchi"), key("Rafael Grossi"));
    assertThat(met).hasSize(1);
    assertThat(met.get(0).place()).isEqualTo("Tehran");
  }

  @Test
  void thePresidentElectSanctionedIranFromSanctionsOnIranianOilRevenues() {
    List<Relation> sanctioned = graph.relations().stream()
        .filter(r -> r.type() == RelationType.SANCTIONED && r.targetKey().equals("country:IRN"))
        .filter(r -> r.sourceKey().equals(key("Donald Trump")) || r.sourceKey().equals("country:USA"))
        .toList();
    assertThat(sanctioned).hasSize(1);
    assertThat(sanctioned.get(0).sentences().get(0)).contains("imposed tough economic sanctions on Iranian oil revenues");
  }

  @Test
  void resolvesEveryMentionOfMuskTrumpIranAndAmericaToOneActorEach() {
    assertThat(names()).containsOnlyOnce("Elon Musk", "Donald Trump", "Iran", "United States");
    assertThat(names()).doesNotContain("Musk", "America", "Iranian");
    assertThat(actorNamed("Donald Trump").orElseThrow().kind()).isEqualTo(ActorKind.PERSON);
    assertThat(actorNamed("Elon Musk").orElseThrow().aliases()).contains("Musk");
  }

  @Test
  void pageChromeNeverBecomesAnActor() {
    assertThat(names()).doesNotContain("inkl", "First Buddy", "Getty Images", "AP", "AFP",
        "The Independent UK", "Independent", "Mike Bedigan", "New York Times", "The Times");
    assertThat(actorNamed("Tesla")).hasValueSatisfying(t -> assertThat(t.kind()).isEqualTo(ActorKind.ORGANIZATION));
  }

  @Test
  void reportsNoMeetingFromADeniedOrUnconfirmedMeeting() {
    assertThat(graph.relations())
        .filteredOn(r -> r.type() == RelationType.MET_WITH)
        .noneMatch(r -> r.sentences().stream().anyMatch(s -> s.contains("did or did not occur")));
  }

  @Test
  void trumpWithdrewFromTheAccordWithIran() {
    assertThat(relations(RelationType.WITHDREW_FROM, key("Donald Trump"), "country:IRN")).hasSize(1);
    assertThat(relations(RelationType.WITHDREW_FROM, key("Donald Trump"), "country:IRN").get(0).date())
        .hasToString("2015");
  }

  @Test
  void trumpOrderedTheAssassinationOfSuleimaniIn2020() {
    List<Relation> r = relations(RelationType.ASSASSINATED, key("Donald Trump"), key("Qassim Suleimani"));
    assertThat(r).hasSize(1);
    assertThat(r.get(0).date()).hasToString("2020");
    assertThat(r.get(0).modality()).isEqualTo(org.geokg.event.Modality.ASSERTED);
  }

  @Test
  void iranPlottedAgainstTrump() {
    assertThat(graph.relations()).anySatisfy(r -> {
      assertThat(r.type()).isEqualTo(RelationType.PLOTTED_AGAINST);
      assertThat(r.sourceKey()).isIn("country:IRN", "org:irgc");
      assertThat(r.targetKey()).isEqualTo(key("Donald Trump"));
    });
  }

  @Test
  void theTeslaAndSpaceXBossSpokeWithZelensky() {
    assertThat(relations(RelationType.SPOKE_WITH, key("Elon Musk"), key("Volodymyr Zelensky"))).hasSize(1);
  }

  @Test
  void aCompanyNamedBeforeItsBossIsNotTheOneOnTheCall() {
    assertThat(relations(RelationType.SPOKE_WITH, key("Tesla"), key("Volodymyr Zelensky"))).isEmpty();
  }

  @Test
  void theJusticeDepartmentChargedTheManLaterNamedAsShakeri() {
    List<Relation> charged = relations(RelationType.CHARGED, key("US Justice Department"), key("Farhad Shakeri"));
    assertThat(charged).hasSize(1);
    assertThat(charged.get(0).sentences().get(0)).contains("charging a man");
  }

  @Test
  void muskAidedUkraineByProvidingCommunications() {
    List<Relation> aided = relations(RelationType.AIDED, key("Elon Musk"), "country:UKR");
    assertThat(aided).hasSize(1);
    assertThat(aided.get(0).sentences().get(0)).contains("providing communications capability to Ukraine");
  }

  @Test
  void noMeetingBetweenTrumpAndIran() {
    assertThat(relations(RelationType.MET_WITH, key("Donald Trump"), "country:IRN")).isEmpty();
  }

  @Test
  void theMeetingIsAttributedToItsSources() {
    Relation met = relations(RelationType.MET_WITH, key("Elon Musk"), key("Amir Saeid Iravani")).get(0);
    assertThat(met.attribution()).isEqualTo("sources");
  }

  @Test
  void actorsCarryTheCodeOfTheCountryTheyActFor() {
    assertThat(actorNamed("Abbas Araghchi").orElseThrow().code()).isEqualTo("IRN");
    assertThat(actorNamed("Volodymyr Zelensky").orElseThrow().code()).isEqualTo("UKR");
    assertThat(actorNamed("Qassim Suleimani").orElseThrow().code()).isEqualTo("IRN");
    assertThat(actorNamed("Farhad Shakeri").orElseThrow().code()).isEqualTo("IRN");
    assertThat(graph.roles()).anySatisfy(ev -> {
      assertThat(ev.role().holderKey()).isEqualTo(key("Volodymyr Zelensky"));
      assertThat(ev.role().title()).isEqualTo("president");
    });
  }
}
