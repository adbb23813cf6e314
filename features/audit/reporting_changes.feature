Feature: How the reporting of a case changed
  As a court reporter following one case across several outlets
  I want to see who carried each fact, where the outlets differ and what each report added
  So that every line I write can be traced to the reports behind it

  Background:
    Given my case file holds the three seed reports

  Scenario: Each charge is carried by three independent outlets
    Then each of the 3 charges of the shooting is carried by 3 independent outlets
    And each of them was first reported by "FOX61 (WTIC)"

  Scenario: Three wordings of where it happened are refinements, not a disagreement
    When I ask where the reports differ
    Then the 3 wordings of the location are grouped as one refinement
    And "the area of 1921 Main St." is given as the most precise
    And no location is listed as a disagreement

  Scenario: Comparing the first report with the last names what each later report added
    When I compare the case as known after the first report with the case as known after the last
    Then the suspect's age is listed as added, by "Daily Voice"
    And the count of prior arrests is listed as added, by "WFSB"
    And the homicide details are listed as refined, by "WFSB"
    And a woman killed in the linked homicide is listed as added, by "WFSB"

  Scenario: Exporting a readable case report
    When I export the case as Markdown to "case.md"
    Then "case.md" is the only file written
    And the report lists the charge "criminal possession of a firearm" with its outlets
