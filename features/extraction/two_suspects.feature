Feature: Articles about more than one suspect
  Scenario: Two suspects with their own ages and a bail denial
    Given the article published on 2024-03-14:
      """
      Ivy Marsh, 22, and Cole Marsh, 25, were arrested Friday in the killing of a store clerk.

      Ivy Marsh was charged with murder. Cole Marsh was charged with conspiracy.

      A judge ordered Cole Marsh held without bail at his first appearance.
      """
    When the facts are extracted
    Then the suspects are "Ivy Marsh, Cole Marsh"
    And "Cole Marsh" is denied bond
    And every quote is found in the article at its offsets
