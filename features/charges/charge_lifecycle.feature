Feature: The charges a report states, each with its status
  A reporter reads what each suspect is charged with, and whether a charge is still pending,
  expected, dropped, or ended in a conviction or an acquittal.

  Scenario: A verdict that convicts on one charge and acquits on another
    Given the article published on 2024-05-02:
      """
      Marcus Hale, 30, of Dayton was charged last year with first-degree murder and arson in the
      fire that killed his neighbor.

      On Wednesday a jury found Hale not guilty of first-degree murder but guilty of arson.
      """
    When the facts are extracted
    Then "Marcus Hale" is charged with "first-degree murder" with status "acquitted"
    And "Marcus Hale" is charged with "arson" with status "convicted"
    And every charge quote names its charge

  Scenario: Co-defendants named in one list, and a charge listed line by line
    Given the article published on 2024-05-02:
      """
      Marcus Hale, 25, of Dayton, and Tina Boyd, 30, of Akron, were charged with armed robbery.

      Hale was also charged with:
      • Burglary in the second degree (3 counts)
      • Criminal possession of a weapon in a vehicle
      """
    When the facts are extracted
    Then "Tina Boyd" is charged with "armed robbery" with status "filed"
    And "Marcus Hale" is charged with "burglary in the second degree" with status "filed"
    And "Marcus Hale" is charged with "criminal possession of a weapon in a vehicle" with status "filed"
    And every charge quote names its charge

  Scenario: Charges that police plan, and charges that are dropped
    Given the article published on 2024-05-02:
      """
      Marcus Hale, 30, was arrested Monday. Prosecutors plan to charge Hale with manslaughter,
      police said. The charges of burglary and theft against Hale were dropped in May.
      """
    When the facts are extracted
    Then "Marcus Hale" is charged with "manslaughter" with status "expected"
    And "Marcus Hale" is charged with "burglary" with status "dropped"
    And "Marcus Hale" is charged with "theft" with status "dropped"

  Scenario: A plea deal reduces the charge and dismisses another
    Given the article published on 2025-03-01:
      """
      Kendra Voss, 24, of Fairview pleaded guilty Monday to a reduced charge of manslaughter in exchange for the dismissal of a child abuse charge.

      She had pleaded not guilty to second-degree murder last year.
      """
    When the facts are extracted
    Then "Kendra Voss" is charged with "manslaughter" with status "convicted"
    And "Kendra Voss" is charged with "child abuse" with status "dropped"
    And "Kendra Voss" is charged with "second-degree murder" with status "filed"
    And every charge quote names its charge

  Scenario: A warrant of an earlier matter is no charge of this case
    Given the article published on 2025-03-01:
      """
      Brian Kell, 41, was arrested Friday and charged with first-degree assault.

      Kell also had an outstanding warrant for a probation violation.
      """
    When the facts are extracted
    Then "Brian Kell" is charged with "first-degree assault" with status "filed"
    And no charge of "probation violation" is reported

  Scenario: The lead names the offence, a later paragraph its degree
    Given the article published on 2025-03-01:
      """
      A jury on Friday acquitted Kevin Trask of murder.

      Trask, 35, was found not guilty of second-degree murder but convicted of reckless endangerment.
      """
    When the facts are extracted
    Then "Kevin Trask" is charged with "second-degree murder" with status "acquitted"
    And "Kevin Trask" is charged with "reckless endangerment" with status "convicted"
    And no charge of "murder" is reported

  Scenario: The outcome told first, the charges it ends told after it
    Given the article published on 2025-03-01:
      """
      PEORIA — Prosecutors have dismissed all charges against an 18-year-old accused of firing shots inside a mall in February.

      Isaiah Grant had been charged with aggravated discharge of a firearm and unlawful possession of a weapon.
      """
    When the facts are extracted
    Then "Isaiah Grant" is charged with "aggravated discharge of a firearm" with status "dropped"
    And "Isaiah Grant" is charged with "unlawful possession of a weapon" with status "dropped"
    And every charge quote names its charge

  Scenario: A plea to one charge, and the remaining charges dismissed
    Given the article published on 2025-03-01:
      """
      Rachel Dunmore, 45, was charged with murder, robbery and burglary.

      Under a plea deal, Dunmore pleaded guilty to one count of murder, and the remaining charges were dismissed.
      """
    When the facts are extracted
    Then "Rachel Dunmore" is charged with "murder" with status "convicted"
    And "Rachel Dunmore" is charged with "robbery" with status "dropped"
    And "Rachel Dunmore" is charged with "burglary" with status "dropped"
