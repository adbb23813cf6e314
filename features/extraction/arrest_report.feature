Feature: Extracting facts from a whole crime report
  A reporter pastes in an article. Each fact comes back once, with a quote from the article.

  Scenario: An arrest report with charges, bond, a prior arrest and reader comments
    Given the article published on 2024-03-14:
      """
       date 2024-03-14 A Dayton man was arrested after a hold-up overnight Tuesday.

      Police arrested Omar Reyes, 30, of Dayton on Tuesday. Reyes is charged with armed robbery and assault.

      He was last arrested on Feb. 2 for violation of probation. He is being held on a $250,000 bond.

      Recommended for you

      (3) comments

      Reyes was charged with murder once, a reader wrote.
      """
    When the facts are extracted
    Then the suspect is "Omar Reyes" aged 30
    And the charges are "armed robbery, assault" with status "filed"
    And there is a bond of 250000 with status "set"
    And there is 1 prior arrest dated "2024-02-02"
    And every quote is found in the article at its offsets
