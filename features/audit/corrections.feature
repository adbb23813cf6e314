Feature: Correcting the case file without losing what it said
  As a reporter who checks every fact before it is printed
  I want to retract or amend a fact, saying who did it and why
  So that the case file is right, and what it said before stays on record

  Background:
    Given my case file holds the three seed reports

  Scenario: I retract one outlet's report of the bond
    When I retract the bond as reported by "WFSB" because "the bond figure was misread"
    Then the bond is carried by 2 outlets
    And the case history records the retraction, with my name and my reason
    And the case file as it stood before my retraction still has the bond carried by 3 outlets

  Scenario: I amend the suspect's age
    When I amend the suspect's age to 32 because "court papers give 32"
    Then the case file gives the suspect's age as 32
    And the case file as it stood before my amendment gives it as 31
