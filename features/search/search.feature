Feature: Find a person, a charge or a place in every case
  As a reporter who remembers a name but not the case
  I want to search the whole case file by a few words
  So that I find every case that mentions them, with the reports that say so

  Background:
    Given an empty case file
    And the article "first.md" published "2024-03-02T10:00-05:00" by "Example Courier":
      """
      Police arrested John T. Marlow, 34, of Springfield, on Friday after a shooting.

      Marlow was charged with aggravated assault, police said.
      """
    And the article is ingested into the case "springfield-marlow-2024"
    And the article "second.md" published "2024-05-10T10:00-05:00" by "Daily Ledger":
      """
      Dana Fisk, 41, of Riverton, was charged with burglary on Tuesday.
      """
    And the article is ingested into the case "riverton-fisk-2024"

  Scenario: A surname finds the person, with every spelling the case holds
    Given the article "later.md" published "2024-03-09T10:00-05:00" by "Evening Post":
      """
      John Marlow, 34, was released on bond on Friday.
      """
    And the article is ingested into the case "springfield-marlow-2024"
    When I search for "marlow"
    Then 1 person is found, "John T. Marlow" in the case "springfield-marlow-2024"
    And the person is also spelled "John Marlow"
    And the person is reported by "Example Courier" and "Evening Post"

  Scenario: The start of words finds a charge, whatever the capitals
    When I search for "AGG assault"
    Then the charge "aggravated assault" is found in the case "springfield-marlow-2024"
    And it quotes "charged with aggravated assault"

  Scenario: A place finds the case of the person who lives there
    When I search for "riverton"
    Then the place "Riverton" is found in the case "riverton-fisk-2024"
    And nothing is found in the case "springfield-marlow-2024"

  Scenario: A retracted report is no longer found
    Given the report of the charge "burglary" is retracted in the case "riverton-fisk-2024"
    When I search for "burglary"
    Then nothing is found

  Scenario: Words that name nothing
    When I search for "embezzlement"
    Then nothing is found

  Scenario: An article moved to another case is found in that case only
    When the article "second.md" is moved to the case "riverton-burglary-2024"
    And I search for "fisk"
    Then the person "Dana Fisk" is found in the case "riverton-burglary-2024"
