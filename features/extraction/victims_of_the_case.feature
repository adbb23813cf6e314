Feature: Only the case's own victims are reported
  A story about one case also tells of other harm: statistics of the year, a relative killed
  years earlier, a man shot by police whose death set off protests. Only the people harmed in
  the case's incident are its victims, each with the outcome said of that person.

  Scenario: A killing told with statistics and an earlier loss
    Given the article published on 2024-03-14:
      """
      A Macon man was charged with murder Wednesday in the fatal shooting of a deputy.

      Dana Pruitt, 31, is accused of killing the deputy during a traffic stop on Monday.

      A second deputy was shot in the arm and is expected to survive.

      Nine deputies have been killed nationwide so far this year.

      Pruitt's brother was killed in a crash years ago.
      """
    When the facts are extracted
    Then there are 1 victims "killed" and 1 victims "injured"
    And every quote is found in the article at its offsets

  Scenario: Harm done by police is not the case's
    Given the article published on 2024-03-14:
      """
      Omar Reyes, 30, was charged with arson in the fire at the store.

      The fire was set during protests after Sam Boyd was shot and killed by an Easton police officer.
      """
    When the facts are extracted
    Then there are 0 victims "killed" and 0 victims "injured"
