Feature: Court outcomes, bail and links to other killings
  A trial ends in a verdict; bail is posted, then revoked; a lawyer's request for a lower bail
  is not what the court did; and a suspect charged in one killing may be tied to another.

  Scenario: A verdict, a revoked bond and a sentencing ahead
    Given the article published on 2024-03-14:
      """
      Omar Reyes, 30, was charged with arson after a fire at a warehouse in May.

      Reyes posted bail and was released. A judge had set his bond at $50,000 with a 10% cash deposit.

      His lawyer had sought bail of $20,000. His bond was revoked in January after he failed a drug test.

      On Tuesday a jury found Reyes guilty. He is scheduled to be sentenced on May 2.
      """
    When the facts are extracted
    Then the bonds are "50000 set, 50000 posted, none revoked"
    And the court events are "trial 2024-03-12, sentencing 2024-05-02"
    And every quote is found in the article at its offsets

  Scenario: A suspect charged in one killing and linked to another
    Given the article published on 2024-03-14:
      """
      Omar Reyes, 30, was charged with murder in the death of a store clerk.

      Detectives said Reyes is also the prime suspect in another killing last year.
      """
    When the facts are extracted
    Then the homicide links are "suspect"
    And every quote is found in the article at its offsets

  Scenario: A session from the jail, an arraignment put off and bail refused
    Given the article published on 2024-03-14:
      """
      Marcus Dell, 27, was charged with murder in the death of Tom Reed.

      Dell, who was on probation at the time, appeared by video from the jail on Wednesday, where his arraignment was postponed to April 2.

      A judge ordered him held without the possibility of bail. It was not immediately known when a preliminary hearing would be held.
      """
    When the facts are extracted
    Then the bonds are "none denied"
    And the court events are "appearance 2024-03-13, arraignment 2024-04-02"
    And every quote is found in the article at its offsets

  Scenario: A press release's list of defendants indicted, arrested and detained
    Given the article published on 2024-03-14:
      """
      Three people have been indicted in a fraud scheme.

      The following defendants were indicted on March 5, 2024 and arrested on March 12, 2024:

      - Rex Abbott, 38, of Lowell, charged with wire fraud;
      - Ivy Chen, 29, of Salem, charged with wire fraud; and
      - Omar Diaz, 41, of Dover, charged with money laundering.

      Abbott was ordered detained pending trial.
      """
    When the facts are extracted
    Then the arrests are of "Rex Abbott, Ivy Chen, Omar Diaz"
    And the court events are "indictment 2024-03-05"
    And "Rex Abbott" is denied bond
    And every quote is found in the article at its offsets

  Scenario: A British court report: remanded, then jailed for a term
    Given the article published on 2024-03-14:
      """
      Owen Pratley, 34, of Bradfield, appeared at Bradfield Magistrates' Court on Wednesday charged with arson and was remanded in custody.

      He will appear at Bradfield Crown Court on Friday.
      """
    When the facts are extracted
    Then the court events are "appearance 2024-03-13, appearance 2024-03-15"
    And "Owen Pratley" is denied bond
    And every quote is found in the article at its offsets
