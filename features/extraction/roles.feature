Feature: Who a report makes a suspect
  A role rests on what a sentence says of each person: the one found dead is the victim
  even when "police identified her as" names her; a suspect shot or hurt stays the suspect,
  with his arrest and bond; lawyers are never suspects; a co-suspect told without a name is
  still one.

  Scenario: A victim identified by a pronoun, and her boyfriend arrested
    Given the article published on 2024-03-14:
      """
      A woman was found dead inside her apartment on Elm Street on Tuesday. Police identified her as Ann Lee, 27.

      Her boyfriend, Omar Reyes, 30, was arrested Wednesday and charged with murder. His lawyer, Dana Whitlock, said he is innocent.
      """
    When the facts are extracted
    Then the suspects are "Omar Reyes"
    And the arrests are of "Omar Reyes"
    And every quote is found in the article at its offsets

  Scenario: A suspect wounded by police keeps his arrest and bond
    Given the article published on 2024-03-14:
      """
      Omar Reyes, 27, was shot and wounded by deputies after he fired at them during a chase.

      Reyes was arrested at the hospital and charged with attempted murder. He is being held on a $1.5 million bond.
      """
    When the facts are extracted
    Then the suspects are "Omar Reyes"
    And the arrests are of "Omar Reyes"
    And there is a bond of 1500000 with status "set"
    And every quote is found in the article at its offsets

  Scenario: A co-suspect told without a name
    Given the article published on 2024-03-14:
      """
      Omar Reyes, 25, appeared in court Thursday after he and his brother were indicted by a grand jury.

      A 17-year-old was also arrested and will be charged in juvenile court.
      """
    When the facts are extracted
    Then the suspects are "Omar Reyes" and 2 unnamed
    And every quote is found in the article at its offsets
