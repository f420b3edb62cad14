package org.geokg.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The field's actor dictionaries: the shipped files, and the format's rules on small examples. */
class ActorDictionaryTest {

  private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();

  @Test
  void aPersonTakesTheCodeHeldOnTheArticlesDate() {
    ActorDictionary d = ActorDictionary.of("""
        BAN_KI-MOON_
        +SECRETARY-GENERAL_BAN_KI-MOON
        \t[KORGOVDIP 20040117-20061201]
        \t[IGOUNO >20070101]
        """, code -> GAZETTEER.country(code).isPresent());
    assertThat(d.lookup("Ban Ki-moon", true, LocalDate.of(2005, 6, 1)))
        .contains(new ActorDictionary.Affiliation("KOR", "GOV"));
    assertThat(d.lookup("Ban Ki-moon", true, LocalDate.of(2012, 6, 1)))
        .contains(new ActorDictionary.Affiliation("IGO", null));
    assertThat(d.lookup("Secretary-General Ban Ki-moon", true, LocalDate.of(2012, 6, 1))).isPresent();
  }

  @Test
  void aCompanyOrNgoActsForTheCountryBehindItsPrefix() {
    ActorDictionary d = ActorDictionary.of("""
        EXXON_\t[MNCUSA]# Oil
        ACADEMY_FOR_FUTURE_SCIENCE_\t[NGOUSA] #MleH 01 Jul 2010
        UNOCAL_\t[MNC]# Oil
        """, code -> GAZETTEER.country(code).isPresent());
    assertThat(d.lookup("Exxon", false, null)).contains(new ActorDictionary.Affiliation("USA", null));
    assertThat(d.lookup("Academy for Future Science", false, null).map(ActorDictionary.Affiliation::code))
        .contains("USA");
    assertThat(d.lookup("Unocal", false, null)).isEmpty();
  }

  @Test
  void aOneWordNameIsNoPersonAndTwoCountriesAreNoAnswer() {
    ActorDictionary d = ActorDictionary.of("""
        OBAMA
        \t[USAGOV]
        JOHN_SMITH_
        \t[GBRGOV]
        JOHN_SMITH_
        \t[AUSGOV]
        """, code -> GAZETTEER.country(code).isPresent());
    assertThat(d.lookup("Obama", true, null)).isEmpty();
    assertThat(d.lookup("John Smith", true, null)).isEmpty();
  }

  @Test
  void theShippedDictionariesCodePeopleAndGroupsOfTheirTime() {
    ActorDictionary d = ActorDictionary.fromClasspath(code -> GAZETTEER.country(code).isPresent());
    assertThat(d.size()).isGreaterThan(30_000);
    assertThat(d.lookup("Hugo Chavez", true, LocalDate.of(2008, 1, 1)).map(ActorDictionary.Affiliation::code))
        .contains("VEN");
    assertThat(d.lookup("Hezbollah", false, LocalDate.of(2010, 1, 1)).map(ActorDictionary.Affiliation::code))
        .contains("LBN");
  }

  @Test
  void aPersonNamedByTheLeadingWordsOfOneListedNameIsThatPerson() {
    ActorDictionary d = ActorDictionary.of("""
        VICENTE_FOX_QUESADA_
        \t[MEXGOV 001201-061130]
        MOHAMMED_ALI_KHAN_
        \t[PAKGOV]
        MOHAMMED_ALI_HASSAN_
        \t[EGYGOV]
        """, code -> GAZETTEER.country(code).isPresent());
    assertThat(d.lookup("Vicente Fox", true, LocalDate.of(2005, 6, 1)))
        .contains(new ActorDictionary.Affiliation("MEX", "GOV"));
    assertThat(d.lookup("Mohammed Ali", true, LocalDate.of(2005, 6, 1))).isEmpty(); // two listed names open so
    assertThat(d.lookup("Vicente Fox", false, LocalDate.of(2005, 6, 1))).isEmpty(); // organisations: whole names
  }

  @Test
  void aPersonIsFoundWithOrWithoutTheArabicArticleOfTheFamilyName() {
    ActorDictionary d = ActorDictionary.of("""
        MUAMMAR_GADDAFI_
        \t[LBYGOV 19690901-20110823]
        NURI_AL-MALIKI_
        \t[IRQGOV 20060520-20140908]
        """, code -> GAZETTEER.country(code).isPresent());
    assertThat(d.lookup("Muammar al-Gaddafi", true, LocalDate.of(2009, 6, 11)))
        .contains(new ActorDictionary.Affiliation("LBY", "GOV"));
    assertThat(d.lookup("Nuri Maliki", true, LocalDate.of(2010, 1, 1)))
        .contains(new ActorDictionary.Affiliation("IRQ", "GOV"));
    assertThat(d.lookup("Muammar al-Gaddafi", false, LocalDate.of(2009, 6, 11))).isEmpty(); // people only
  }

  @Test
  void anOrganisationsNamesAndItsAbbreviationInParenthesesLeadToItsOneEntry() {
    ActorDictionary d = ActorDictionary.of("""
        NORTHERN_PEOPLES_FRONT_(NPF)_ [KENREB]
        +PEOPLES_FRONT_OF_THE_NORTH_
        RED_BANNER_(KENYA)_ [KENREB]
        ARMED_NORTHERNERS_(AN)_ [KENREB]
        """, code -> GAZETTEER.country(code).isPresent());
    ActorDictionary.Entry front = d.organisation("Peoples Front of the North", null).orElseThrow();
    assertThat(front.displayName()).isEqualTo("Northern Peoples Front");
    assertThat(d.organisation("NPF", null)).contains(front);
    assertThat(d.organisation("Npf", null)).isEmpty(); // an abbreviation is written in capitals
    assertThat(d.lookup("NPF", false, null)).contains(new ActorDictionary.Affiliation("KEN", "REB"));
    assertThat(d.organisation("KENYA", null)).isEmpty(); // a qualifier in parentheses is no abbreviation
    assertThat(d.organisation("AN", null)).isEmpty(); // two letters are too often another word
  }

  @Test
  void aNameTwoOrganisationsGiveDifferentCodesNamesNeither() {
    ActorDictionary d = ActorDictionary.of("""
        NATIONAL_LIBERATION_FRONT_(NLF)_ [DZAREB]
        NEW_LIBERATION_FORCE_(NLF)_ [PHLREB]
        +NATIONAL_LIBERATION_FRONT_
        """, code -> GAZETTEER.country(code).isPresent());
    assertThat(d.organisation("NLF", null)).isEmpty();
    assertThat(d.organisation("National Liberation Front", null)).isEmpty();
    assertThat(d.organisation("New Liberation Force", null).map(ActorDictionary.Entry::displayName))
        .contains("New Liberation Force");
  }

  @Test
  void aPersonOrACountryIsNoOrganisationEntry() {
    ActorDictionary d = ActorDictionary.of("""
        JOHN_SMITH_JONES_ [IGOUNO 20010101-20051231]
        FREEDONIA_ [KEN]
        +FREEDONIAN_REPUBLIC_
        """, code -> GAZETTEER.country(code).isPresent());
    assertThat(d.organisation("John Smith Jones", null)).isEmpty();
    assertThat(d.organisation("Freedonian Republic", null)).isEmpty();
  }

  @Test
  void aOneWordOtherNameLeadsToTheEntryOnlyInCapitals() {
    ActorDictionary d = ActorDictionary.of("""
        SECRET_ORGANIZATION_ZERO_ [USAREB]
        +ZERO_
        """, code -> GAZETTEER.country(code).isPresent());
    assertThat(d.organisation("Zero", null)).isEmpty();
    assertThat(d.organisation("ZERO", null)).isPresent();
  }
}
