Feature: A verdict and a sentence reported after the charges
  As a court reporter following a case to its end
  I want a later report of the verdict and the sentence folded into the case file
  So that I can say what was known before the trial ended and what is known since

  Background:
    Given an empty case file
    And the article "charged.md" published "2024-03-05T10:00-05:00" by "Daily One":
      """
      Omar Reyes, 30, of Dayton, was charged with murder and robbery in the killing of Ann Lee, police said Tuesday.

      Reyes faces up to life in prison if convicted. He is held without bond at the county jail.
      """
    And the article "verdict.md" published "2024-09-12T10:00-05:00" by "Evening Two":
      """
      A jury acquitted Omar Reyes of murder on Monday but found him guilty of robbery in the killing of Ann Lee.

      Judge Ray Moss sentenced Reyes to 8 years in prison and three years of probation on Wednesday. Prosecutors had asked for 15 years.
      """
    And both articles are ingested into the case "dayton-reyes-2024"

  Scenario: Before the verdict the charges stand and no sentence is known
    When I look at the case as known at "2024-03-06"
    Then the charge "robbery" is "filed"
    And the charge "murder" is "filed"
    And no sentence is known

  Scenario: After the verdict the charge is a conviction and the sentence is known
    When I look at the case as known at "2024-09-13"
    Then the charge "robbery" is "convicted", as first reported by "Daily One"
    And the charge "murder" is "acquitted"
    And "Omar Reyes" is sentenced to "prison" for 8 years, reported by "Evening Two"
    And "Omar Reyes" is sentenced to "probation" for 3 years, reported by "Evening Two"
    And no other sentence is known

  Scenario: What the verdict changed, report by report
    When I compare the case as known at "2024-03-06" with the case as known at "2024-09-13"
    Then the charge "robbery" is listed as changed from "filed" to "convicted"
    And 2 sentences are listed as added
