Feature: A case report I can read, share and print
  As a crime reporter writing up the Cajigas shooting
  I want one page that shows the case, when each thing happened and who reported it when
  So that I can check any fact against the sentence that supports it, even offline

  Background:
    Given an empty case file
    And the three seed reports are ingested

  Scenario: The report page holds everything in one file
    When I make the report page of the case
    Then the page needs nothing from the network
    And the timeline has one mark for each of the 3 reports
    And every report of every fact is shown in the sentence it was taken from

  Scenario: The page can show the case as known after any report
    When I make the report page of the case
    Then the page holds the case as known after each of the 3 reports
    And fewer facts were known after the first report than after the last

  Scenario: A report as known early that morning leaves out later reports
    When I make the report page of the case as known at "2021-10-26T09:00-04:00"
    Then the timeline has one mark for each of the 1 reports

  Scenario: Markdown for my notes
    When I ask for the report as Markdown
    Then it has the sections "Timeline", "Case state", "What to chase next", "Disagreements and refinements", "Report by report" and "Evidence"
    And every quote in it is in bold within its sentence
