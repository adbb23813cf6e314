Feature: Articles find their own case
  As a reporter collecting stories from many outlets over months
  I want each story filed with the case it reports, without telling the tool every time
  So that I can follow a case, and fix the filing when the tool gets it wrong

  Scenario: The three seed reports make one case with one suspect
    Given an empty case file
    When I ingest the three seed reports without naming a case
    Then there is exactly one case
    And the case has one suspect, named in every report

  Scenario: Asking why each report went where it went
    Given an empty case file
    When I ingest a report of an arrest and a report of the plea, asking why
    Then the first report opened a new case
    And the plea report joined it because both name the suspect

  Scenario: A common name in another town years later is another case; the trial joins the first
    Given an empty case file
    # James Smith, 34, arrested in Dayton in 2016; a James Smith, 52, arrested in Tulsa in
    # 2021; a report of the Dayton trial in 2017 naming the suspect, the town and the victim.
    When I ingest the Dayton arrest, the Tulsa arrest and the Dayton trial
    Then the two arrests are two cases
    And the trial is in the Dayton arrest's case

  Scenario: The order reports arrive in does not change the cases
    Given reports of an arrest, of a killing, of a charge tying them, and of a robbery elsewhere
    When I ingest them with the tying report last, in one case file
    And I ingest them with the tying report first, in another case file
    Then both case files group the reports the same way
    And the arrest, the killing and the charge are one case

  Scenario: Merging two cases by hand
    Given an empty case file
    And a report of an arrest and a report of a robbery elsewhere are ingested
    When I merge the robbery case into the arrest case
    Then there is exactly one case
    And the robbery case's id still shows the merged case

  Scenario: Moving a report that was filed with the wrong case
    Given an empty case file
    And a report of an arrest and a report of the plea are ingested
    When I move the plea report to a case of its own
    Then there are two cases
    And the arrest case no longer shows the plea report

  Scenario: A correction that cannot apply is refused
    Given an empty case file
    And a report of an arrest and a report of the plea are ingested
    When I try to merge the case with a case that does not exist
    Then I am told the case does not exist, in one line

  Scenario Outline: A suspect tied to another killing shows in both cases, whichever came first
    Given an empty case file
    When I ingest the <first> report, then the <second> report
    Then the burglary case and the killing case are two cases
    And each shows the other as related, quoting the report that ties the suspect to the killing

    Examples:
      | first    | second   |
      | burglary | killing  |
      | killing  | burglary |

  Scenario: Splitting two people the tool took for one
    Given an empty case file
    And a report of an arrest and a report of the plea are ingested
    When I split "Dana R. Pell" off the case's suspect
    Then the case lists "Dana Pell" and "Dana R. Pell" as two suspects
