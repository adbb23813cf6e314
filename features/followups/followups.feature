Feature: What to chase next in a case
  As a court reporter starting the day
  I want to know which court dates are coming and which promised steps never showed up
  So that I call the clerk or the police about the right cases, with the report that said it

  Background:
    Given an empty case file
    And the article "arrest.md" published "2024-03-02T10:00-05:00" by "Example Courier":
      """
      Police arrested John Marlow, 34, of Springfield, on Friday in connection with a shooting on Elm Street.

      Marlow is expected to be charged with aggravated assault, police said.

      Another man, Peter Quist, 22, was charged with robbery. Quist is scheduled to be arraigned on March 20, 2024.
      """
    And the article is ingested into the case "springfield-elm-2024"

  Scenario: The next court date, with the report that set it
    When I ask what to follow up as of "2024-03-10"
    Then the next court date is "2024-03-20", the "arraignment" of "Peter Quist"
    And it was set up by "Example Courier" saying "scheduled to be arraigned on March 20"

  Scenario: A charge the police said to expect that no report confirmed
    When I ask what to follow up as of "2024-03-10"
    Then "John Marlow" has an expected charge never confirmed: "aggravated assault"

  Scenario: An arrest with no charge, once enough days have passed
    When I ask what to follow up as of "2024-03-10"
    Then no arrest is listed without a charge
    When I ask what to follow up as of "2024-03-30"
    Then "John Marlow" is listed as arrested with no charge reported
    When I ask what to follow up as of "2024-03-30" counting 30 days as stale
    Then no arrest is listed without a charge

  Scenario: A court date passes and no report says what happened
    When I ask what to follow up as of "2024-03-25"
    Then the "arraignment" of "Peter Quist" on "2024-03-20" is listed as never reported
    And no next court date is listed

  Scenario: A charge still without a disposition a year on
    When I ask what to follow up as of "2024-06-01"
    Then no charge is listed without a disposition
    When I ask what to follow up as of "2025-03-03"
    Then the charge "robbery" of "Peter Quist" is listed without a disposition

  Scenario: A later report confirms the charge
    Given the article "charged.md" published "2024-03-04T10:00-05:00" by "Daily Ledger":
      """
      John Marlow, 34, was charged with aggravated assault in the Elm Street shooting.
      """
    And the article is ingested into the case "springfield-elm-2024"
    When I ask what to follow up as of "2024-03-30"
    Then nothing is listed for "John Marlow"

  Scenario: The follow-ups as a spreadsheet
    When I ask for the follow-ups as CSV as of "2024-03-10"
    Then the CSV has a row "next_court_date" for "Peter Quist" quoting "scheduled to be arraigned"
