Feature: How a crime report words its lede and its follow-ups
  A lede sums up ("is facing attempted murder charges") and the body lists the formal
  charges; a weekday next to a date only labels it; a count of people killed stands for
  that many victims; a court date can be worded without the word "hearing".

  Scenario: A lede that sums up the charges the body lists
    Given the article published on 2024-03-14:
      """
      A Dayton man is facing attempted murder charges after shots were fired at an officer.

      Police arrested Omar Reyes, 30, on Tuesday and charged him with criminal attempt to commit murder and robbery.

      His most recent arrest was on Friday, Feb. 2, for violation of probation.
      """
    When the facts are extracted
    Then the charges are "criminal attempt to commit murder, robbery" with status "filed"
    And there is 1 prior arrest dated "2024-02-02"
    And the suspect lives in "Dayton"
    And every quote is found in the article at its offsets

  Scenario: A follow-up with a count of the dead and a continued case
    Given the article published on 2024-03-14:
      """
      Omar Reyes, 30, is accused of killing three people and injuring two others at a store.

      Reyes appeared in district court Wednesday. The case was continued to May 14.
      """
    When the facts are extracted
    Then there are 3 victims "killed" and 2 victims "injured"
    And the court events are "appearance 2024-03-13, hearing 2024-05-14"
    And every quote is found in the article at its offsets
