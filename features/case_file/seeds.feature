Feature: Following one case through three outlets' reports
  As a court reporter covering a shooting at a police officer
  I want the morning's three reports folded into one case file
  So that I can say what was known when, and which outlet reported it

  Background:
    Given an empty case file
    And the three seed reports are ingested

  Scenario: The three reports make one case
    Then there is exactly one case
    And the case holds 3 articles

  Scenario: Charges, bond and homicide link are each attributed to their outlets
    Then the charge "criminal attempt to commit murder" is reported by 3 outlets
    And the charge "criminal possession of a firearm" is reported by 3 outlets
    And the charge "unlawful discharge of a firearm" is reported by 3 outlets
    And a bond of $2,000,000 is reported by 3 outlets
    And the suspect is linked to a homicide as a "person of interest"
    And every fact quotes the article it comes from

  Scenario: What was known after the first report differs from what was known after all three
    When I look at the case as known at "2021-10-26T09:00-04:00"
    Then the suspect's age is not known
    And no count of prior arrests is known
    And the linked homicide is described as "a recent homicide in Hartford"
    And no one is yet reported killed
    When I look at the case as known at "2021-10-26T23:00-04:00"
    Then the suspect's age is 31
    And the suspect's prior arrests number 13
    And the linked homicide is described as "a recent Hartford homicide that happened on Spring Street"
    And a woman is reported killed

  Scenario: The order in which reports were ingested makes no difference
    Given a second case file with the seed reports ingested in reverse order
    Then both case files give the same answer at every report's time

  Scenario: Ingesting a report twice adds nothing
    When I ingest the first seed report again
    Then I am told it was already ingested
    And the case's history has as many events as before

  Scenario: Reader comments under a report are not news
    Then no fact quotes the reader comments under the WFSB report
