Feature: Who a story ties to a killing
  Before anyone is charged with a killing, the story ties a person to it: taken into custody
  in the death, named a suspect, linked by evidence. Once a homicide charge is filed, only the
  other killings a story ties to the person remain links.

  Scenario: A suspect in a death told by a pronoun
    Given the article published on 2024-03-14:
      """
      Lena Marsh, 45, was found dead in her home Sunday.

      Her ex-husband, Tobias Grell, 32, was taken into custody Monday and is considered a suspect in her death, police said.
      """
    When the facts are extracted
    Then the suspects are "Tobias Grell"
    And the homicide links are "suspect"
    And there are 1 victims "killed" and 0 victims "injured"
    And every quote is found in the article at its offsets

  Scenario: A killing besides the charged one
    Given the article published on 2024-03-14:
      """
      Tobias Grell, 32, was charged Tuesday with murder in the shooting death of Lena Marsh.

      Investigators say the gun found in his car may be connected to the killing of Ray Oduya in 2022.
      """
    When the facts are extracted
    Then the homicide links are "suspect"
    And every quote is found in the article at its offsets

  Scenario: A charge in the death ends the link
    Given the article published on 2024-03-14:
      """
      Tobias Grell, 32, was arrested Tuesday in connection with the death of Lena Marsh, 45.

      He has been charged in her death and is held without bail.
      """
    When the facts are extracted
    Then there are no homicide links
